package io.jnewman.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.load.RequestJson;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;

import java.util.ArrayList;
import java.util.List;

/**
 * A response saved with a request in a collection (Postman's "examples"), reduced to what a mock needs: the
 * method, path and query it answers, and the status, headers and body it returns.
 */
record SavedExample(String name, String method, List<String> path, List<KeyValue> query, int code, String status,
                    List<KeyValue> headers, String body) {

    static SavedExample fromJson(JsonNode example, JsonNode itemRequest) {
        JsonNode original = example.has("originalRequest") ? example.get("originalRequest") : itemRequest;
        io.jnewman.model.Request request = RequestJson.fromJson(original);
        Url url = request.url();
        List<String> path = new ArrayList<>();
        for (String segment : url.path()) {
            if (!segment.isEmpty()) path.add(segment);
        }
        return new SavedExample(example.path("name").asText(""), request.method(), path,
                url.query().stream().filter(q -> !q.disabled()).toList(), example.path("code").asInt(200),
                example.path("status").asText("OK"), headers(example.get("header")),
                example.path("body").isNull() ? "" : example.path("body").asText(""));
    }

    private static List<KeyValue> headers(JsonNode node) {
        List<KeyValue> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode h : node) {
                if (!h.path("disabled").asBoolean(false)) out.add(KeyValue.of(h.path("key").asText(), h.path("value").asText()));
            }
        }
        return out;
    }

    /**
     * How well this example answers a request: -1 when method or path differ; otherwise the number of its query
     * parameters the request carries with the same value (a more specific example wins).
     */
    int score(String requestMethod, List<String> requestPath, List<KeyValue> requestQuery) {
        if (!method.equalsIgnoreCase(requestMethod) || path.size() != requestPath.size()) return -1;
        for (int i = 0; i < path.size(); i++) {
            String expected = path.get(i);
            boolean wildcard = expected.startsWith(":") || expected.startsWith("{{");
            if (!wildcard && !expected.equals(requestPath.get(i))) return -1;
        }
        int matched = 0;
        for (KeyValue q : query) {
            boolean present = requestQuery.stream().anyMatch(r -> r.key().equals(q.key())
                    && (q.value() == null || q.value().equals(r.value()) || q.value().startsWith("{{")));
            if (!present) return -1;
            matched++;
        }
        return matched;
    }
}
