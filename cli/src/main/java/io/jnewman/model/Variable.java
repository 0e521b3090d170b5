package io.jnewman.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A variable of any scope. The value keeps its JSON type (a number in an environment file stays a number for
 * {@code pm.environment.get}); {@link #asText()} is what {@code {{key}}} substitution inserts.
 */
public record Variable(String key, JsonNode value, String type, boolean disabled) {
    public Variable {
        value = value == null ? NullNode.getInstance() : value;
    }

    public static Variable of(String key, String value) {
        return new Variable(key, value == null ? NullNode.getInstance() : JsonNodeFactory.instance.textNode(value), "any", false);
    }

    public Variable withValue(JsonNode newValue) {
        return new Variable(key, newValue, type, disabled);
    }

    /** String form used by substitution: numbers and booleans as is, objects as "[object Object]" like JavaScript. */
    public String asText() {
        return stringify(value);
    }

    public static String stringify(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) joined.append(',');
                String element = stringify(value.get(i));
                joined.append(element == null ? "" : element);
            }
            return joined.toString();
        }
        if (value.isObject()) {
            return "[object Object]";
        }
        if (value.isDouble() || value.isFloat() || value.isBigDecimal()) {
            double d = value.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        return value.asText();
    }
}
