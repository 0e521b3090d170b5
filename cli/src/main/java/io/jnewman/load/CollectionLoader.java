package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.model.Script;
import io.jnewman.model.Variable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads a Postman collection v2.0/v2.1 (also wrapped as {"collection": …}) from a file or URL into the model.
 * Items without ids get random ones, as postman-collection does; the JSON as loaded is kept for reports and exports.
 */
public final class CollectionLoader {
    private static final String WHAT = "collection";

    private CollectionLoader() {
    }

    public static Collection load(String location) {
        return load(location, null);
    }

    /** @param postmanApiKey --postman-api-key, for collections given by Postman UID or API URL (may be null) */
    public static Collection load(String location, String postmanApiKey) {
        PostmanApi.Source source = PostmanApi.resolve(location, "collections", postmanApiKey);
        JsonNode root = JsonInput.parse(SourceText.read(source, WHAT), location, WHAT);
        return fromJson(root, location);
    }

    public static Collection fromJson(JsonNode root, String location) {
        if (root.isObject() && root.has("collection") && root.get("collection").isObject() && !root.has("item")) {
            root = root.get("collection");
        }
        if (!root.isObject()) {
            throw new LoadException(WHAT + " could not be loaded: \"" + location + "\" is not a Postman collection (expected a JSON object)");
        }
        ObjectNode json = (ObjectNode) root;
        if (CollectionV1Converter.isV1(json)) {
            json = CollectionV1Converter.convert(json);
        }
        DescriptionJson.normalize(json);
        JsonNode info = json.path("info");
        String id = firstText(info.get("_postman_id"), info.get("id"), json.get("id"));
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        String name = firstText(info.get("name"), json.get("name"));
        List<Item> items = items(json.get("item"), location);
        return new Collection(id, name, description(info.get("description")), items, events(json.get("event")),
                variables(json.get("variable")), RequestJson.authFromJson(json.get("auth")),
                json.get("protocolProfileBehavior"), json);
    }

    private static List<Item> items(JsonNode array, String location) {
        List<Item> out = new ArrayList<>();
        if (array == null || !array.isArray()) return out;
        for (JsonNode node : array) {
            if (!node.isObject()) continue;
            out.add(item((ObjectNode) node, location));
        }
        return out;
    }

    private static Item item(ObjectNode node, String location) {
        String id = firstText(node.get("id"), node.get("_postman_id"));
        if (id == null) {
            id = UUID.randomUUID().toString();
            node.put("id", id);
        }
        String name = firstText(node.get("name"));
        List<Event> events = events(node.get("event"));
        boolean folder = node.has("item") && node.get("item").isArray();
        if (folder) {
            return new Item(id, name, description(node.get("description")), null, items(node.get("item"), location),
                    events, RequestJson.authFromJson(node.get("auth")), node.get("protocolProfileBehavior"), node);
        }
        JsonNode request = node.has("request") ? node.get("request") : null;
        return new Item(id, name, description(node.get("description")), RequestJson.fromJson(request), null, events,
                null, node.get("protocolProfileBehavior"), node);
    }

    static List<Event> events(JsonNode array) {
        List<Event> out = new ArrayList<>();
        if (array == null) return out;
        // postman-collection also takes a single event object where a list is expected
        List<JsonNode> list = new ArrayList<>();
        if (array.isArray()) array.forEach(list::add);
        else if (array.isObject()) list.add(array);
        for (JsonNode e : list) {
            JsonNode s = e.get("script");
            Script script = null;
            if (s != null && s.isObject()) {
                List<String> exec = new ArrayList<>();
                JsonNode ex = s.get("exec");
                if (ex != null && ex.isArray()) ex.forEach(l -> exec.add(l.isNull() ? "" : l.asText()));
                else if (ex != null && ex.isTextual()) exec.add(ex.asText());
                String scriptId = firstText(s.get("id"));
                if (scriptId == null) {
                    scriptId = UUID.randomUUID().toString();
                    ((ObjectNode) s).put("id", scriptId);
                }
                script = new Script(scriptId, firstText(s.get("type")), exec, firstText(s.get("name")));
            } else if (s != null && s.isTextual()) {
                script = new Script(UUID.randomUUID().toString(), "text/javascript", List.of(s.asText()), null);
            }
            out.add(new Event(firstText(e.get("id")), firstText(e.get("listen")), script, e.path("disabled").asBoolean(false)));
        }
        return out;
    }

    /** Collection variables: v2.0 files may key them by "id" instead of "key". */
    static List<Variable> variables(JsonNode array) {
        List<Variable> out = new ArrayList<>();
        if (array == null || !array.isArray()) return out;
        for (JsonNode v : array) {
            String key = firstText(v.get("key"), v.get("id"));
            if (key == null) continue;
            out.add(new Variable(key, v.get("value"), firstText(v.get("type")) == null ? "any" : v.get("type").asText(),
                    v.path("disabled").asBoolean(false)));
        }
        return out;
    }

    static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && !n.isNull() && !n.isMissingNode() && n.isValueNode()) return n.asText();
        }
        return null;
    }

    private static String description(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isObject()) return firstText(n.get("content"));
        return n.asText();
    }

}
