package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Converts a Postman v1 collection ({name, order, folders, folders_order, requests}) to the v2.1 shape, as
 * Newman 6 does with a deprecation warning. Inside a folder (and at the root) sub-folders come first, in
 * folders_order, then the folder's own requests, in order.
 */
final class CollectionV1Converter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, JsonNode> requests = new HashMap<>();
    private final Map<String, JsonNode> folders = new HashMap<>();

    private CollectionV1Converter() {
    }

    static boolean isV1(JsonNode root) {
        return root.isObject() && !root.has("item") && root.has("requests") && root.get("requests").isArray();
    }

    static ObjectNode convert(JsonNode v1) {
        return new CollectionV1Converter().run(v1);
    }

    private ObjectNode run(JsonNode v1) {
        v1.path("requests").forEach(r -> requests.put(r.path("id").asText(), r));
        v1.path("folders").forEach(f -> folders.put(f.path("id").asText(), f));
        ObjectNode out = JSON.objectNode();
        ObjectNode info = out.putObject("info");
        info.put("_postman_id", v1.path("id").asText());
        info.put("name", v1.path("name").asText(""));
        if (v1.hasNonNull("description")) info.put("description", v1.get("description").asText());
        info.put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
        ArrayNode items = out.putArray("item");
        JsonNode rootFolders = v1.get("folders_order");
        if (rootFolders == null || !rootFolders.isArray()) rootFolders = topLevelFolders(v1);
        rootFolders.forEach(id -> addFolder(items, id.asText()));
        v1.path("order").forEach(id -> addRequest(items, id.asText()));
        if (!v1.has("order") && !v1.has("folders_order")) {
            // very old exports: every request that no folder lists belongs to the root
            Set<String> inFolders = new HashSet<>();
            folders.values().forEach(f -> f.path("order").forEach(id -> inFolders.add(id.asText())));
            requests.keySet().stream().filter(id -> !inFolders.contains(id)).forEach(id -> addRequest(items, id));
        }
        return out;
    }

    private ArrayNode topLevelFolders(JsonNode v1) {
        Set<String> nested = new HashSet<>();
        folders.values().forEach(f -> f.path("folders_order").forEach(id -> nested.add(id.asText())));
        ArrayNode ids = JSON.arrayNode();
        v1.path("folders").forEach(f -> {
            if (!nested.contains(f.path("id").asText())) ids.add(f.path("id").asText());
        });
        return ids;
    }

    private void addFolder(ArrayNode into, String id) {
        JsonNode folder = folders.get(id);
        if (folder == null) return;
        ObjectNode item = into.addObject();
        item.put("id", id);
        item.put("name", folder.path("name").asText(""));
        if (folder.hasNonNull("description")) item.put("description", folder.get("description").asText());
        ArrayNode children = item.putArray("item");
        folder.path("folders_order").forEach(sub -> addFolder(children, sub.asText()));
        folder.path("order").forEach(req -> addRequest(children, req.asText()));
    }

    private void addRequest(ArrayNode into, String id) {
        JsonNode r = requests.get(id);
        if (r == null) return;
        ObjectNode item = into.addObject();
        item.put("id", id);
        item.put("name", r.path("name").asText(""));
        ArrayNode events = item.putArray("event");
        script(events, "prerequest", r.path("preRequestScript").asText(""));
        script(events, "test", r.path("tests").asText(""));
        ObjectNode request = item.putObject("request");
        request.put("method", r.path("method").asText("GET"));
        request.put("url", r.path("url").asText(""));
        request.put("header", r.path("headers").asText(""));
        ObjectNode body = body(r);
        if (body != null) request.set("body", body);
        if (r.hasNonNull("description")) request.put("description", r.get("description").asText());
    }

    private static void script(ArrayNode events, String listen, String source) {
        if (source.isBlank()) return;
        ObjectNode event = events.addObject();
        event.put("listen", listen);
        ObjectNode script = event.putObject("script");
        script.put("type", "text/javascript");
        ArrayNode exec = script.putArray("exec");
        for (String line : source.split("\n", -1)) exec.add(line);
    }

    private static ObjectNode body(JsonNode r) {
        String mode = r.path("dataMode").asText("");
        ObjectNode body = JSON.objectNode();
        switch (mode) {
            case "raw" -> {
                body.put("mode", "raw");
                body.put("raw", r.path("rawModeData").asText(""));
            }
            case "urlencoded", "params" -> {
                body.put("mode", mode.equals("params") ? "formdata" : "urlencoded");
                ArrayNode params = body.putArray(mode.equals("params") ? "formdata" : "urlencoded");
                r.path("data").forEach(d -> {
                    ObjectNode p = params.addObject();
                    p.put("key", d.path("key").asText(""));
                    p.put("value", d.path("value").asText(""));
                    p.put("type", d.path("type").asText("text"));
                    if (d.has("enabled") && !d.path("enabled").asBoolean(true)) p.put("disabled", true);
                });
            }
            case "binary" -> body.put("mode", "file");
            default -> {
                return null;
            }
        }
        return body;
    }
}
