package io.jnewman.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.model.Variable;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {{name}} references against scopes in precedence order (local, data, environment, collection, globals),
 * then dynamic variables ($guid, $randomInt …). Innermost references resolve first and the substitution repeats up
 * to 19 passes, so {{name_{{inner}}}} works; an unknown reference stays as literal text (postman-collection's
 * Substitutor).
 */
public final class VariableResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]*?)}}");
    private static final int MAX_PASSES = 19;

    private final List<VariableScope> scopes;
    private final Function<String, String> dynamic;

    /** @param scopes highest precedence first */
    public VariableResolver(List<VariableScope> scopes, Function<String, String> dynamic) {
        this.scopes = List.copyOf(scopes);
        this.dynamic = dynamic;
    }

    public List<VariableScope> scopes() {
        return scopes;
    }

    /** The raw value of a variable through the scope chain (no dynamic variables), or null. */
    public JsonNode lookup(String key) {
        for (VariableScope scope : scopes) {
            Variable v = scope.variable(key);
            // a null value (e.g. JSON data null) does not resolve: the reference stays literal, as Newman does
            if (v != null && !v.value().isNull() && !v.value().isMissingNode()) return v.value();
        }
        return null;
    }

    /** Substitutes references in {@code template}; null stays null. */
    public String resolve(String template) {
        if (template == null || template.indexOf("{{") < 0) return template;
        String current = template;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Matcher m = REFERENCE.matcher(current);
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            while (m.find()) {
                String name = m.group(1);
                String value = valueOf(name);
                if (value == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(value));
                    replaced = true;
                }
            }
            m.appendTail(out);
            if (!replaced) break;
            current = out.toString();
        }
        return current;
    }

    private String valueOf(String name) {
        JsonNode v = lookup(name);
        if (v != null) return Variable.stringify(v);
        return name.startsWith("$") && dynamic != null ? dynamic.apply(name) : null;
    }
}
