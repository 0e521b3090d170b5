package io.jnewman.monitor.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * PagerDuty's Events API v2 enqueue endpoint on a loopback port: records every event it accepts and answers 202 like
 * the real service, or the statuses a test queues first. Events without a routing key or action are refused with 400.
 */
public final class FakePagerDuty implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final Deque<Integer> queuedStatuses = new ArrayDeque<>();
    private int requestCount;

    public FakePagerDuty() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v2/enqueue", this::enqueue);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2/enqueue");
    }

    /** The next requests get these statuses (e.g. 429, 500) before the fake accepts again. */
    public synchronized FakePagerDuty thenAnswer(int status) {
        queuedStatuses.add(status);
        return this;
    }

    public List<JsonNode> events() {
        return List.copyOf(accepted);
    }

    public List<JsonNode> events(String action) {
        return accepted.stream().filter(e -> e.path("event_action").asText().equals(action)).toList();
    }

    public synchronized int requestCount() {
        return requestCount;
    }

    private void enqueue(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Integer queued;
        synchronized (this) {
            requestCount++;
            queued = queuedStatuses.poll();
        }
        if (queued != null) {
            reply(exchange, queued, "{\"status\":\"error\",\"message\":\"queued by the test\"}");
            return;
        }
        JsonNode event = JSON.readTree(body);
        if (!exchange.getRequestMethod().equals("POST") || event.path("routing_key").asText().isEmpty()
                || event.path("event_action").asText().isEmpty()) {
            reply(exchange, 400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\"}");
            return;
        }
        accepted.add(event);
        reply(exchange, 202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":"
                + JSON.writeValueAsString(event.path("dedup_key").asText()) + "}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
