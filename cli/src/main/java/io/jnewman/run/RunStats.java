package io.jnewman.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Newman's run.stats: per kind a total and a failed count (pending is always 0 once the run is done).
 * Kinds in report order: iterations, items, scripts, prerequests, requests, tests, assertions, testScripts,
 * prerequestScripts.
 */
public final class RunStats {
    public static final String[] KINDS = {"iterations", "items", "scripts", "prerequests", "requests", "tests",
            "assertions", "testScripts", "prerequestScripts"};

    /** One kind's counters. */
    public record Counter(int total, int failed) {}

    private final Map<String, int[]> counters = new LinkedHashMap<>();

    public RunStats() {
        for (String kind : KINDS) counters.put(kind, new int[2]);
    }

    void count(String kind, boolean failed) {
        int[] c = counters.get(kind);
        c[0]++;
        if (failed) c[1]++;
    }

    public Counter get(String kind) {
        int[] c = counters.get(kind);
        return new Counter(c[0], c[1]);
    }
}
