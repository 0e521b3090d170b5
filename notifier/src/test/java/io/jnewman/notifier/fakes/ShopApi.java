package io.jnewman.notifier.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The shop API the smoke collection tests, on a loopback port. {@link #broken()} breaks two teams' endpoints:
 * {@code /users/1} answers 404 (identity) and {@code POST /orders} answers 500 (payments), while health, the user
 * list and order lookup keep working.
 */
public final class ShopApi implements AutoCloseable {

    private final HttpServer server;
    private final boolean broken;

    public static ShopApi healthy() throws IOException {
        return new ShopApi(false);
    }

    public static ShopApi broken() throws IOException {
        return new ShopApi(true);
    }

    private ShopApi(boolean broken) throws IOException {
        this.broken = broken;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET /health" -> send(exchange, 200, "{\"status\":\"ok\",\"version\":\"2.3.1\"}");
            case "GET /users" -> send(exchange, 200, "[{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\"}]");
            case "GET /users/1" -> {
                if (broken) send(exchange, 404, "{\"error\":\"user 1 not found\"}");
                else send(exchange, 200, "{\"id\":1,\"name\":\"Ada\",\"email\":\"ada@example.com\"}");
            }
            case "POST /orders" -> {
                if (broken) send(exchange, 500, "{\"error\":\"payment provider unavailable\"}");
                else send(exchange, 201, "{\"id\":1001,\"status\":\"pending\",\"total\":42.5}");
            }
            case "GET /orders/1001" -> send(exchange, 200, "{\"id\":1001,\"status\":\"pending\",\"total\":42.5}");
            default -> send(exchange, 404, "{\"error\":\"no route " + route + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
