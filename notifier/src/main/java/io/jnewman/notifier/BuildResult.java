package io.jnewman.notifier;

import java.util.List;

/** A build and the test reports it produced; no reports means the build ended before writing one. */
public record BuildResult(BuildRun run, List<TestReport> reports) {

    public BuildResult {
        reports = List.copyOf(reports);
    }

    public boolean hasReport() {
        return !reports.isEmpty();
    }

    public List<TestCase> cases() {
        return reports.stream().flatMap(r -> r.cases().stream()).toList();
    }
}
