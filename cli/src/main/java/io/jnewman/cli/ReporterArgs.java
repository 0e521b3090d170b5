package io.jnewman.cli;

import java.util.List;

/**
 * Takes Newman's reporter flags (--reporter-&lt;name&gt;-&lt;option&gt; [value]) out of argv before picocli parses it, so
 * options of any reporter never fail parsing. A value is taken from "--x=value" or from the next argument when it
 * does not start with '-'.
 */
final class ReporterArgs {
    private ReporterArgs() {
    }

    static List<String> split(String[] args, List<String> reporterArgs) {
        List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--reporter-") ) {
                reporterArgs.add(a);
                if (!a.contains("=") && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    reporterArgs.add(args[++i]);
                }
            } else {
                rest.add(a);
            }
        }
        return rest;
    }
}
