package io.jnewman.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/** JSON text crossing the sandbox boundary: values go to scripts as JSON and come back as Jackson nodes. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String text) {
        return write(NODES.textNode(text));
    }

    /** Parses JSON text the glue produced; null (JavaScript undefined) becomes JSON null. */
    static JsonNode read(String json) {
        if (json == null) return NullNode.getInstance();
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON from script glue", e);
        }
    }
}
