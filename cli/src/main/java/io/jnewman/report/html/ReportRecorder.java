package io.jnewman.report.html;

import io.jnewman.model.Item;
import io.jnewman.report.FileSize;
import io.jnewman.report.ItemNames;
import io.jnewman.report.PrettyMs;
import io.jnewman.run.Cursor;
import io.jnewman.run.Failure;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;
import io.jnewman.run.RunStats;
import io.jnewman.run.RunSummary;
import io.jnewman.run.RunTimings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Listens to a run and keeps what the html report shows: per iteration, one {@link RequestView} per item execution
 * (by cursor ref, like Newman's executions), the waterfall, and console output outside any item. Bodies are kept
 * only for failed requests unless {@code showAllBodies}, each cut to the formatter's limit and all of them within
 * the budget, so memory stays bounded by the budget plus the headers and results of the run.
 */
final class ReportRecorder implements RunListener {
    static final int MAX_TIMELINE_BARS = 2000;
    static final int MAX_RUN_CONSOLE_LINES = 1000;

    private final HtmlReportHooks hooks;
    private final boolean showAllBodies;
    private final BodyFormatter bodies;
    private final BodyBudget budget;
    private final Map<String, ItemExecution> open = new LinkedHashMap<>();
    private final Map<Integer, List<RequestView>> iterations = new TreeMap<>();
    /** Anchors of failed executions by cursor ref, so the failure list links to their sections. */
    private final Map<String, String> failedAnchors = new HashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<ConsoleLine> runConsole = new ArrayList<>();
    private int sequence;
    private int timelineDropped;
    private int passed;
    private int failed;
    private int skipped;
    private int flaky;
    private RunSummary summary;

    /** {@code time} is empty for a request that got no response. */
    private record TimelineEntry(String anchor, String label, Outcome outcome, long ms, String time) {}

    ReportRecorder(HtmlReportHooks hooks, boolean showAllBodies, BodyFormatter bodies, BodyBudget budget) {
        this.hooks = hooks;
        this.showAllBodies = showAllBodies;
        this.bodies = bodies;
        this.budget = budget;
    }

    @Override
    public void on(RunEvent event) {
        switch (event) {
            case RunEvent.IterationStarted s -> iterations.computeIfAbsent(s.cursor().iteration(), i -> new ArrayList<>());
            case RunEvent.ItemRetried r -> execution(r.cursor(), r.item()).retried(r);
            case RunEvent.ItemStarted s -> open.putIfAbsent(s.cursor().ref(), new ItemExecution(s.cursor(), s.item()));
            case RunEvent.ScriptFinished s -> {
                if (s.error() != null) execution(s.cursor(), s.item()).scriptError(s.eventName(), s.error());
            }
            case RunEvent.RequestSent r -> execution(r.cursor(), r.item()).requestSent(r.exchange(), r.fromScript());
            case RunEvent.AssertionMade a -> execution(a.cursor(), a.item()).assertion(a.assertion());
            case RunEvent.ConsoleMessage c -> console(c);
            case RunEvent.ItemFinished f -> finish(f.cursor().ref(), f.skipped());
            case RunEvent.RunFinished d -> {
                for (String ref : new ArrayList<>(open.keySet())) finish(ref, false);
                summary = d.summary();
            }
            default -> { }
        }
    }

    private ItemExecution execution(Cursor cursor, Item item) {
        return open.computeIfAbsent(cursor.ref(), r -> new ItemExecution(cursor, item));
    }

    private void console(RunEvent.ConsoleMessage c) {
        ItemExecution running = c.cursor() == null ? null : open.get(c.cursor().ref());
        if (running != null) {
            running.console(c.level(), c.messages());
        } else if (runConsole.size() < MAX_RUN_CONSOLE_LINES) {
            runConsole.add(new ConsoleLine(c.level(), String.join(" ", c.messages())));
        }
    }

    private void finish(String ref, boolean skippedItem) {
        ItemExecution done = open.remove(ref);
        if (done == null) return;
        String anchor = "request-" + (++sequence);
        boolean failedItem = !skippedItem && done.failed();
        String owner = failedItem ? hooks.owner().apply(done.item()).orElse(null) : null;
        RequestView view = done.toView(anchor, skippedItem, failedItem || showAllBodies, owner, bodies, budget);
        iterations.computeIfAbsent(done.cursor().iteration(), i -> new ArrayList<>()).add(view);
        if (done.flaky()) flaky++;
        switch (view.outcome()) {
            case PASSED -> passed++;
            case FAILED -> {
                failed++;
                failedAnchors.put(ref, anchor);
            }
            case SKIPPED -> skipped++;
        }
        if (skippedItem) return;
        if (timeline.size() < MAX_TIMELINE_BARS) {
            timeline.add(new TimelineEntry(anchor, "#" + view.iteration() + " " + view.name(), view.outcome(),
                    view.responseMs(), view.time()));
        } else {
            timelineDropped++;
        }
    }

    /** The page model; call after {@link RunEvent.RunFinished}. */
    ReportPage page(PageAssets assets, String generator) {
        if (summary == null) throw new IllegalStateException("the run has not finished");
        RunTimings t = summary.timings();
        List<IterationView> its = new ArrayList<>();
        iterations.forEach((index, requests) -> its.add(new IterationView(index + 1, List.copyOf(requests))));
        return new ReportPage(summary.collection().name(), Instant.ofEpochMilli(t.started()).toString(),
                PrettyMs.format(Math.max(0, t.completed() - t.started())), generator, counts(summary.stats()),
                assertionTally(), passed, failed, skipped, flaky,
                PrettyMs.format(t.responseAverage()), PrettyMs.format(t.responseMin()), PrettyMs.format(t.responseMax()),
                FileSize.format(summary.responseTotalBytes()), summary.fatalError(), failures(), its, timeline(),
                List.copyOf(runConsole), showAllBodies, assets.css(), assets.script(), assets.contentSecurityPolicy());
    }

    private static List<CountRow> counts(RunStats stats) {
        List<CountRow> rows = new ArrayList<>();
        String[][] kinds = {{"iterations", "iterations"}, {"requests", "requests"}, {"testScripts", "test-scripts"},
                {"prerequestScripts", "prerequest-scripts"}, {"assertions", "assertions"}};
        for (String[] kind : kinds) {
            RunStats.Counter c = stats.get(kind[0]);
            rows.add(new CountRow(kind[1], c.total(), c.failed()));
        }
        return rows;
    }

    private PassRate assertionTally() {
        int ok = 0;
        int bad = 0;
        int skip = 0;
        for (List<RequestView> requests : iterations.values()) {
            for (RequestView r : requests) {
                for (AssertionView a : r.assertions()) {
                    switch (a.outcome()) {
                        case PASSED -> ok++;
                        case FAILED -> bad++;
                        case SKIPPED -> skip++;
                    }
                }
            }
        }
        return new PassRate(ok, bad, skip);
    }

    private List<FailureView> failures() {
        List<FailureView> list = new ArrayList<>();
        for (Failure f : summary.failures()) {
            String anchor = f.cursor() == null ? null : failedAnchors.get(f.cursor().ref());
            String request = f.item() == null ? "(run)" : ItemNames.fullName(f.item());
            int iteration = f.cursor() == null ? 0 : f.cursor().iteration() + 1;
            String what = f.test() != null ? f.test() : f.at();
            String owner = f.item() == null ? null : hooks.owner().apply(f.item()).orElse(null);
            list.add(new FailureView(anchor, request, iteration, what, f.name() + ": " + f.message(), owner));
        }
        return list;
    }

    private TimelineView timeline() {
        long total = timeline.stream().mapToLong(TimelineEntry::ms).sum();
        List<TimelineBar> bars = new ArrayList<>();
        long offset = 0;
        for (TimelineEntry e : timeline) {
            bars.add(new TimelineBar(e.anchor(), e.label(), e.outcome(), scaled(offset, total), scaled(e.ms(), total),
                    e.time().isEmpty() ? "no response" : e.time()));
            offset += e.ms();
        }
        String note = timelineDropped == 0 ? null
                : "The waterfall shows the first " + MAX_TIMELINE_BARS + " requests; " + timelineDropped
                + " more are listed below.";
        return new TimelineView(bars, PrettyMs.format(total), note);
    }

    /** A position on the 0–1000 scale; a zero total draws nothing rather than dividing by zero. */
    private static String scaled(long ms, long total) {
        if (total == 0) return "0";
        return String.format(Locale.ROOT, "%.2f", ms * 1000.0 / total);
    }
}
