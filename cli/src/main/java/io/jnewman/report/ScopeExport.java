package io.jnewman.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableScope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * --export-environment / --export-globals: the final scope in Newman's export shape. Like Newman, types are
 * flattened to "any"; every entry is written back, duplicates and disabled ones ("disabled": true) included.
 */
public final class ScopeExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScopeExport() {
    }

    /** @param scopeName "environment" or "globals" */
    public static ObjectNode toJson(VariableScope scope, String scopeName, Instant exportedAt) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", scope.id() == null ? UUID.randomUUID().toString() : scope.id());
        out.put("name", scope.name() == null ? scopeName : scope.name());
        ArrayNode values = out.putArray("values");
        for (Variable v : scope.variables()) {
            ObjectNode o = values.addObject();
            if (v.disabled()) o.put("disabled", true);
            o.put("type", "any");
            o.set("value", v.value());
            o.put("key", v.key());
        }
        out.put("_postman_variable_scope", scopeName);
        out.put("_postman_exported_at", exportedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        out.put("_postman_exported_using", "Newman/6.2.2");
        return out;
    }

    public static void write(VariableScope scope, String scopeName, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        MAPPER.writeValue(file.toFile(), toJson(scope, scopeName, Instant.now()));
    }
}
