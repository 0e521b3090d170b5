package io.jnewman.script;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a set of global names a script source mentions as a free identifier: a name not preceded by a dot, so
 * `pm.environment` is not the legacy `environment`. The sandbox builds the legacy globals only for those. Scanning
 * here rather than in the script engine keeps a per-script regular-expression loop out of the interpreter.
 */
final class FreeNames {
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])[A-Za-z_$][\\w$]*");

    private FreeNames() {
    }

    /** The candidates the source mentions, in candidate order, joined by commas ("" for none). */
    static String mentioned(String source, Set<String> candidates) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(source);
        while (m.find()) {
            String name = m.group();
            if (candidates.contains(name)) found.add(name);
        }
        List<String> ordered = new ArrayList<>();
        for (String c : candidates) if (found.contains(c)) ordered.add(c);
        return String.join(",", ordered);
    }
}
