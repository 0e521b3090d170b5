package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Description;

import java.util.Map;

/**
 * Descriptions as Newman's collection model holds them, so the collection and items a JSON report shows (and tools
 * that read it, like HTML reporters) find {@code {"content": …, "type": …}} wherever a collection file has a
 * description: a text becomes {@code {"content": text, "type": "text/plain"}}, an object keeps only its content and
 * type ({@code text/plain} when it names none), and null becomes {@code {}} (a description with neither).
 */
final class DescriptionJson {
    private DescriptionJson() {
    }

    /** Rewrites every description in the collection tree in place; protocolProfileBehavior values are left as they are. */
    static void normalize(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode child : node) normalize(child);
            return;
        }
        if (!node.isObject()) return;
        ObjectNode object = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            switch (field.getKey()) {
                case "description" -> field.setValue(description(field.getValue()));
                case "protocolProfileBehavior" -> { }
                default -> normalize(field.getValue());
            }
        }
    }

    private static ObjectNode description(JsonNode value) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (value.isNull() || value.isMissingNode()) return out;
        JsonNode content = value.isObject() ? value.get("content") : value;
        JsonNode type = value.isObject() ? value.get("type") : null;
        if (content != null) out.set("content", content);
        out.put("type", type != null && type.isTextual() && !type.asText().isEmpty() ? type.asText() : Description.DEFAULT_TYPE);
        return out;
    }
}
