package io.jnewman.notifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of a build's test cases and its failures grouped by owner, most failures first. */
public record BuildSummary(BuildResult result, int total, int passed, int failed, int skipped,
                           List<OwnerFailures> failuresByOwner) {

    /** The failing cases one owner is told about. */
    public record OwnerFailures(Responsible owner, List<TestCase> failures) {
    }

    public static BuildSummary of(BuildResult result, OwnerResolver resolver) {
        List<TestCase> cases = result.cases();
        Map<Responsible, List<TestCase>> grouped = new LinkedHashMap<>();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (TestCase c : cases) {
            if (c.passed()) {
                passed++;
            } else if (c.skipped()) {
                skipped++;
            } else if (c.failed()) {
                failed++;
                grouped.computeIfAbsent(resolver.resolve(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<OwnerFailures> groups = grouped.entrySet().stream()
                .map(e -> new OwnerFailures(e.getKey(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt((OwnerFailures g) -> -g.failures().size())
                        .thenComparing(g -> g.owner() == Responsible.UNOWNED) // unowned last among equals
                        .thenComparing(g -> g.owner().team()))
                .toList();
        return new BuildSummary(result, cases.size(), passed, failed, skipped, groups);
    }

    public boolean allPassed() {
        return failed == 0 && total > 0;
    }
}
