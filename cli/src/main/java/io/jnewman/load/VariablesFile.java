package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.model.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * An environment or globals file: {id, name, values:[{key, value, type, enabled, disabled}]}, a cloud envelope
 * ({"environment": …}), or a bare values array. Only "disabled": true switches a value off; "enabled": false does
 * not (verified against newman 6.2.2).
 */
public record VariablesFile(String id, String name, List<Variable> values) {

    public static VariablesFile load(String location, String what) {
        return load(location, what, null);
    }

    /** @param postmanApiKey --postman-api-key, for environments given by Postman UID or API URL (may be null) */
    public static VariablesFile load(String location, String what, String postmanApiKey) {
        PostmanApi.Source source = PostmanApi.resolve(location, what + "s", postmanApiKey);
        JsonNode root = JsonInput.parse(SourceText.read(source, what), location, what);
        return fromJson(root, location, what);
    }

    public static VariablesFile fromJson(JsonNode root, String location, String what) {
        if (root.isObject() && root.has(what) && root.get(what).isObject() && !root.has("values")) {
            root = root.get(what);
        }
        JsonNode values;
        String id = null;
        String name = null;
        if (root.isArray()) {
            values = root;
        } else if (root.isObject()) {
            values = root.get("values");
            id = CollectionLoader.firstText(root.get("id"), root.get("_postman_id"));
            name = CollectionLoader.firstText(root.get("name"));
        } else {
            throw new LoadException(what + " could not be loaded: \"" + location + "\" is not a Postman " + what + " file");
        }
        List<Variable> out = new ArrayList<>();
        if (values != null && values.isArray()) {
            for (JsonNode v : values) {
                String key = CollectionLoader.firstText(v.get("key"));
                if (key == null) continue;
                String type = CollectionLoader.firstText(v.get("type"));
                out.add(new Variable(key, v.get("value"), type == null ? "any" : type, v.path("disabled").asBoolean(false)));
            }
        }
        return new VariablesFile(id, name, out);
    }
}
