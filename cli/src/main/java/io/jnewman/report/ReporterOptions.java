package io.jnewman.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options one reporter was given on the command line, camelCased ({@code --reporter-cli-no-summary} →
 * {@code noSummary}). A flag without value holds {@link Boolean#TRUE}, a flag with a value holds the string.
 */
public record ReporterOptions(Map<String, Object> values) {
    public ReporterOptions {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ReporterOptions none() {
        return new ReporterOptions(Map.of());
    }

    /** True when the option was given as a flag or with a value other than "false". */
    public boolean flag(String name) {
        Object v = values.get(name);
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        return !"false".equalsIgnoreCase(v.toString());
    }

    /** The option's value, or null when absent or given as a bare flag. */
    public String string(String name) {
        Object v = values.get(name);
        return v instanceof String s ? s : null;
    }
}
