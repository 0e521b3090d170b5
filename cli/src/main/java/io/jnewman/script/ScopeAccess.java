package io.jnewman.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

import java.util.List;
import java.util.Map;

/**
 * pm.globals / environment / collectionVariables / iterationData / variables over the run's Java scopes.
 * "variables" reads through the resolver's precedence and writes the local scope, as pm.variables does.
 * A value keeps its JSON type, except that a variable declared as string, number or boolean casts what is set, as
 * postman-collection's Variable types do.
 */
final class ScopeAccess {
    private final ScriptScopes scopes;

    ScopeAccess(ScriptScopes scopes) {
        this.scopes = scopes;
    }

    private VariableScope scope(String id) {
        VariableScope s = switch (id) {
            case "globals" -> scopes.globals();
            case "environment" -> scopes.environment();
            case "collectionVariables" -> scopes.collectionVariables();
            case "iterationData" -> scopes.iterationData();
            case "variables", "local" -> scopes.local();
            default -> throw new IllegalArgumentException("unknown variable scope " + id);
        };
        return s == null ? VariableScope.empty(id) : s;
    }

    String get(String id, String key) {
        JsonNode value = "variables".equals(id) ? scopes.resolver().lookup(key) : scope(id).get(key);
        return value == null || value.isMissingNode() ? null : Json.write(value);
    }

    boolean has(String id, String key) {
        return "variables".equals(id) ? scopes.resolver().lookup(key) != null : scope(id).has(key);
    }

    void set(String id, String key, String json) {
        VariableScope target = scope(id);
        Variable existing = target.variable(key);
        target.set(key, cast(existing == null ? null : existing.type(), Json.read(json)));
    }

    void unset(String id, String key) {
        scope(id).unset(key);
    }

    void clear(String id) {
        scope(id).clear();
    }

    String toObject(String id) {
        ObjectNode out = Json.NODES.objectNode();
        if ("variables".equals(id)) {
            List<VariableScope> chain = scopes.resolver().scopes();
            for (int i = chain.size() - 1; i >= 0; i--) chain.get(i).toMap().forEach(out::set);
        } else {
            for (Map.Entry<String, JsonNode> e : scope(id).toMap().entrySet()) out.set(e.getKey(), e.getValue());
        }
        return Json.write(out);
    }

    String name(String id) {
        return scope(id).name();
    }

    /** {{references}} in a template: through every scope for pm.variables, else this scope and dynamic variables. */
    String replaceIn(String id, String template) {
        VariableResolver resolver = scopes.resolver();
        if ("variables".equals(id)) return resolver.resolve(template);
        VariableScope only = scope(id);
        return new VariableResolver(List.of(only), name -> resolver.resolve("{{" + name + "}}")).resolve(template);
    }

    private static JsonNode cast(String type, JsonNode value) {
        if (type == null || value.isNull()) return value;
        return switch (type) {
            case "string" -> Json.NODES.textNode(String.valueOf(Variable.stringify(value)));
            case "number" -> value.isNumber() ? value : number(toNumber(value));
            case "boolean" -> value.isBoolean() ? value : Json.NODES.booleanNode(truthy(value));
            default -> value;
        };
    }

    private static JsonNode number(double d) {
        // JSON has no NaN: a value that is not a number reads back as null
        return Double.isNaN(d) ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : Json.NODES.numberNode(d);
    }

    private static double toNumber(JsonNode value) {
        if (value.isBoolean()) return value.booleanValue() ? 1 : 0;
        try {
            String s = value.asText().trim();
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean truthy(JsonNode value) {
        if (value.isTextual()) return !value.textValue().isEmpty();
        if (value.isNumber()) return value.doubleValue() != 0 && !Double.isNaN(value.doubleValue());
        return !value.isNull();
    }
}
