package io.jnewman.report.html;

import java.util.List;

/**
 * Everything the page template shows. {@code css}, {@code script} and {@code contentSecurityPolicy} are the page's
 * own assets ({@link PageAssets}); all other strings are run data, escaped and masked as they are written.
 * {@code requestsFlaky} counts executions that passed on a --retry (beyond Newman).
 */
public record ReportPage(String title, String startedAt, String duration, String generator, List<CountRow> counts,
                         PassRate assertions, int requestsPassed, int requestsFailed, int requestsSkipped,
                         int requestsFlaky,
                         String responseAverage, String responseMin, String responseMax, String received,
                         String fatalError, List<FailureView> failures, List<IterationView> iterations,
                         TimelineView timeline, List<ConsoleLine> runConsole, boolean showAllBodies,
                         String css, String script, String contentSecurityPolicy) {
    public boolean passed() {
        return fatalError == null && failures.isEmpty();
    }

    /** "passed" or "failed": the page header's colour. */
    public String verdict() {
        return passed() ? "passed" : "failed";
    }
}
