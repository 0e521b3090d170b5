package io.jnewman.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Newman's reporter option syntax ({@code bin/util.js parseNestedOptions}): {@code --reporter-<name>-<opt> [value]}
 * goes to reporter {@code <name>} when it is enabled, any other {@code --reporter-<opt> [value]} is generic and
 * overrides the specific value of every reporter. The value comes from {@code --x=value} or from the next argument
 * unless that starts with '-'; otherwise the option is {@code true}. These flags are removed from the arguments the
 * command-line parser sees, so unknown reporter flags never fail the run.
 */
public final class ReporterOptionsParser {
    private static final String PREFIX = "--reporter-";

    /** The arguments left for the command-line parser and each enabled reporter's merged options. */
    public record Parsed(List<String> remainingArgs, Map<String, ReporterOptions> reporters, ReporterOptions generic) {
        /** Options for a reporter, empty when it is not enabled. */
        public ReporterOptions forReporter(String name) {
            return reporters.getOrDefault(name, ReporterOptions.none());
        }
    }

    private ReporterOptionsParser() {
    }

    public static Parsed parse(List<String> argv, Collection<String> enabledReporters) {
        List<String> remaining = new ArrayList<>();
        Map<String, Map<String, Object>> specific = new LinkedHashMap<>();
        for (String name : enabledReporters) specific.put(name, new LinkedHashMap<>());
        Map<String, Object> generic = new LinkedHashMap<>();

        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (!arg.startsWith(PREFIX)) {
                remaining.add(arg);
                continue;
            }
            String key = arg.substring(PREFIX.length());
            Object value = Boolean.TRUE;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                String v = key.substring(eq + 1);
                key = key.substring(0, eq);
                if (!v.isEmpty() && !v.startsWith("-")) value = v;
            } else if (i + 1 < argv.size() && !argv.get(i + 1).isEmpty() && !argv.get(i + 1).startsWith("-")) {
                value = argv.get(++i);
            }
            int dash = key.indexOf('-');
            String name = dash < 0 ? key : key.substring(0, dash);
            if (specific.containsKey(name)) {
                specific.get(name).put(LodashCase.camelCase(dash < 0 ? "" : key.substring(dash + 1)), value);
            } else {
                generic.put(LodashCase.camelCase(key), value);
            }
        }

        Map<String, ReporterOptions> merged = new LinkedHashMap<>();
        specific.forEach((name, opts) -> {
            Map<String, Object> all = new LinkedHashMap<>(opts);
            all.putAll(generic);
            merged.put(name, new ReporterOptions(all));
        });
        return new Parsed(List.copyOf(remaining), merged, new ReporterOptions(generic));
    }
}
