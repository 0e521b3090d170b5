package io.jnewman.http;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SOCKS5 server (CONNECT only; no authentication, or username/password per RFC 1929 when constructed with
 * credentials) for tests; records the targets it connected to and the user names it accepted.
 */
final class LoopbackSocks5 implements Closeable {
    private final ServerSocket server;
    private final String user;
    private final String password;
    final List<String> targets = new CopyOnWriteArrayList<>();
    final List<String> users = new CopyOnWriteArrayList<>();

    LoopbackSocks5() throws IOException {
        this(null, null);
    }

    LoopbackSocks5(String user, String password) throws IOException {
        this.user = user;
        this.password = password;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread c = new Thread(() -> handle(s));
                    c.setDaemon(true);
                    c.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void handle(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            in.readUnsignedByte();
            byte[] methods = in.readNBytes(in.readUnsignedByte());
            if (user == null) {
                out.write(new byte[]{5, 0});
            } else {
                boolean offered = false;
                for (byte m : methods) offered |= m == 2;
                if (!offered) {
                    out.write(new byte[]{5, (byte) 0xFF});
                    return;
                }
                out.write(new byte[]{5, 2});
                in.readUnsignedByte();
                String u = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
                String p = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
                boolean ok = user.equals(u) && password.equals(p);
                out.write(new byte[]{1, (byte) (ok ? 0 : 1)});
                out.flush();
                if (!ok) return;
                users.add(u);
            }
            in.readUnsignedByte();
            in.readUnsignedByte();
            in.readUnsignedByte();
            int type = in.readUnsignedByte();
            String host;
            if (type == 1) {
                byte[] a = in.readNBytes(4);
                host = InetAddress.getByAddress(a).getHostAddress();
            } else if (type == 3) {
                host = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
            } else {
                host = InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
            }
            int port = in.readUnsignedShort();
            targets.add(host + ":" + port);
            try (Socket target = new Socket(host, port)) {
                out.write(new byte[]{5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
                out.flush();
                Thread up = new Thread(() -> copy(client, target));
                up.setDaemon(true);
                up.start();
                copy(target, client);
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ignored) {
            // one side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
