package io.jnewman.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP forward proxy for tests: absolute-form requests are forwarded, CONNECT opens a tunnel, and with
 * credentials set every request must carry the matching Proxy-Authorization (else 407). Records what it saw.
 */
final class LoopbackProxy implements Closeable {
    /** The head of one request the proxy received. */
    record Seen(String requestLine, String proxyAuthorization) {
    }

    private final ServerSocket server;
    private final String requiredAuthorization;
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    LoopbackProxy(String requiredAuthorization) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.requiredAuthorization = requiredAuthorization;
        Thread acceptor = new Thread(this::acceptLoop, "loopback-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> handle(client), "loopback-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) return;
                String[] lines = head.split("\r\n");
                String auth = null;
                StringBuilder forwarded = new StringBuilder();
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
                        auth = lines[i].substring(20).trim();
                    } else if (!lines[i].regionMatches(true, 0, "Proxy-Connection:", 0, 17)) {
                        forwarded.append(lines[i]).append("\r\n");
                    }
                }
                seen.add(new Seen(lines[0], auth));
                if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"p\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    continue;
                }
                String[] parts = lines[0].split(" ");
                if (parts[0].equals("CONNECT")) {
                    String[] hostPort = parts[1].split(":");
                    Socket target = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    pipe(client, target);
                    return;
                }
                java.net.URI uri = java.net.URI.create(parts[1]);
                Socket target = new Socket(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                target.getOutputStream().write((parts[0] + " " + path + " " + parts[2] + "\r\n" + forwarded + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                pipe(client, target);
                return;
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) return head.toString(StandardCharsets.ISO_8859_1).trim();
        }
        return null;
    }

    private static void pipe(Socket client, Socket target) throws IOException {
        try (target) {
            Thread up = new Thread(() -> copy(client, target));
            up.setDaemon(true);
            up.start();
            copy(target, client);
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
