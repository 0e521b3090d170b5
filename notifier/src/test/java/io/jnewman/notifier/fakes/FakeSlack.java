package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Slack's Web API chat.postMessage on loopback. Answers from a script of replies queued by the test, then
 * {@code ok: true}; records every form posted.
 */
public final class FakeSlack implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<Reply> script = new ArrayDeque<>();
    private final LoopbackServer server = new LoopbackServer(this::answer);
    private int posted;

    /** Queues a reply for the next call. */
    public synchronized FakeSlack thenReply(int status, Map<String, String> headers, String body) {
        script.add(new Reply(status, headers, body));
        return this;
    }

    private synchronized Reply answer(RecordedRequest request) {
        if (!request.path().startsWith("/api/chat.postMessage")) {
            return Reply.json(404, "application/json", "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
        if (!script.isEmpty()) {
            return script.poll();
        }
        posted++;
        return Reply.json(200, "application/json; charset=utf-8",
                "{\"ok\":true,\"channel\":\"C0TEST\",\"ts\":\"1700000000." + posted + "\"}");
    }

    /** The Web API base URL to give SlackConfig.setMethodsEndpointUrlPrefix. */
    public String apiUrl() {
        return uri() + "/api/";
    }

    public URI uri() {
        return server.uri();
    }

    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** The form fields of each chat.postMessage call. */
    public List<Map<String, String>> posts() {
        return requests().stream().map(r -> form(r.body())).toList();
    }

    /** The Block Kit blocks of the last call, as JSON. */
    public JsonNode lastBlocks() {
        List<Map<String, String>> posts = posts();
        try {
            return JSON.readTree(posts.get(posts.size() - 1).get("blocks"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }

    @Override
    public void close() {
        server.close();
    }
}
