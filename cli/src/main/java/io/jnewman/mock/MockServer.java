package io.jnewman.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Serves a collection's saved examples over HTTP on a loopback port, so a collection can be run with no server
 * of its own (the quickstart does this). A request is answered by the most specific example with the same method,
 * path (":param" and "{{var}}" segments match anything) and query parameters; otherwise 404 with a JSON reason.
 */
public final class MockServer implements AutoCloseable {
    private final HttpServer server;
    private final List<SavedExample> examples;

    private MockServer(HttpServer server, List<SavedExample> examples) {
        this.server = server;
        this.examples = examples;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port). */
    public static MockServer start(Collection collection, int port) throws IOException {
        List<SavedExample> examples = new ArrayList<>();
        collection.forEachItem(item -> collect(item, examples));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MockServer mock = new MockServer(server, examples);
        server.createContext("/", mock::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return mock;
    }

    private static void collect(Item item, List<SavedExample> into) {
        JsonNode responses = item.json() == null ? null : item.json().get("response");
        if (item.isFolder() || responses == null || !responses.isArray()) return;
        JsonNode request = item.json().get("request");
        for (JsonNode example : responses) into.add(SavedExample.fromJson(example, request));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int exampleCount() {
        return examples.size();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Url url = Url.parse("http://mock" + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            List<String> path = url.path().stream().filter(s -> !s.isEmpty()).toList();
            SavedExample best = null;
            int bestScore = -1;
            for (SavedExample e : examples) {
                int score = e.score(exchange.getRequestMethod(), path, url.query());
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
            if (best == null) {
                byte[] body = ("{\"error\":\"no saved example matches " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath().replace("\"", "") + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 404, body);
                return;
            }
            for (KeyValue h : best.headers()) {
                if (!h.key().equalsIgnoreCase("content-length") && !h.key().equalsIgnoreCase("transfer-encoding")) {
                    exchange.getResponseHeaders().add(h.key(), h.value());
                }
            }
            send(exchange, best.code(), best.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int code, byte[] body) throws IOException {
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
