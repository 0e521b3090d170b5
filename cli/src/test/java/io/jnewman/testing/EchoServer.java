package io.jnewman.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A loopback echo server for tests: answers every request with a JSON echo of method, path, query arguments,
 * headers and body; {@code /status/N} answers with status N; {@code ?delay=MS} waits first. Records the paths it saw.
 */
public final class EchoServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    public EchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                String query = exchange.getRequestURI().getRawQuery();
                seen.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
                StringBuilder args = new StringBuilder("{");
                int delay = 0;
                if (query != null) {
                    for (String pair : query.split("&")) {
                        String[] kv = pair.split("=", 2);
                        String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                        String v = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                        if (k.equals("delay")) delay = Integer.parseInt(v);
                        if (args.length() > 1) args.append(',');
                        args.append(quote(k)).append(':').append(quote(v));
                    }
                }
                args.append('}');
                StringBuilder headers = new StringBuilder("{");
                exchange.getRequestHeaders().forEach((k, v) -> {
                    if (headers.length() > 1) headers.append(',');
                    headers.append(quote(k.toLowerCase())).append(':').append(quote(String.join(", ", v)));
                });
                headers.append('}');
                int status = path.startsWith("/status/") ? Integer.parseInt(path.substring(8)) : 200;
                if (delay > 0) Thread.sleep(delay);
                byte[] out = ("{\"method\":" + quote(exchange.getRequestMethod()) + ",\"path\":" + quote(path)
                        + ",\"args\":" + args + ",\"headers\":" + headers + ",\"data\":" + quote(body) + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
