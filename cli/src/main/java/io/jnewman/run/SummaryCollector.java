package io.jnewman.run;

import io.jnewman.http.Exchange;
import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;
import io.jnewman.script.Assertion;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link RunSummary} from the run's own events, the way Newman's summary tracker counts them. It keeps
 * counters and failures only, never responses, so its memory does not grow with the run.
 */
final class SummaryCollector implements RunListener {
    private final RunStats stats = new RunStats();
    private final List<Failure> failures = new ArrayList<>();
    private long started;
    private int responses;
    private double sum;
    private double sumSquares;
    private double min = 0;
    private double max = 0;
    private long bytes;

    @Override
    public void on(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted s -> started = s.startedAt();
            case RunEvent.IterationFinished i -> stats.count("iterations", false);
            case RunEvent.ItemFinished i -> stats.count("items", false);
            case RunEvent.PhaseFinished p -> stats.count("prerequest".equals(p.eventName()) ? "prerequests" : "tests", false);
            case RunEvent.ScriptFinished s -> {
                boolean failed = s.error() != null;
                stats.count("scripts", failed);
                stats.count("prerequest".equals(s.eventName()) ? "prerequestScripts" : "testScripts", failed);
                if (failed) {
                    String at = "prerequest".equals(s.eventName()) ? "prerequest-script" : "test-script";
                    failures.add(new Failure(s.error().name(), s.error().message(), s.error().stack(), null, -1, at,
                            s.item(), s.cursor()));
                }
            }
            case RunEvent.RequestSent r -> onRequest(r);
            case RunEvent.AssertionMade a -> {
                Assertion as = a.assertion();
                boolean failed = as.error() != null;
                stats.count("assertions", failed);
                if (failed) {
                    failures.add(new Failure(as.error().name(), as.error().message(), as.error().stack(), as.name(),
                            as.index(), "assertion:" + as.index() + " in test-script", a.item(), a.cursor()));
                }
            }
            default -> { }
        }
    }

    private void onRequest(RunEvent.RequestSent r) {
        Exchange ex = r.exchange();
        stats.count("requests", ex.failed());
        if (ex.failed()) {
            // a failed pm.sendRequest belongs to the request's own unnamed item in Newman, not to the running item
            failures.add(new Failure("Error", ex.error().message(), "Error: " + ex.error().message(), null, -1,
                    "request", r.fromScript() ? null : r.item(), r.cursor()));
            return;
        }
        double t = ex.response().responseTime();
        if (responses == 0) {
            min = t;
            max = t;
        } else {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        responses++;
        sum += t;
        sumSquares += t * t;
        bytes += ex.response().body().length;
    }

    RunSummary summary(Collection collection, VariableScope environment, VariableScope globals, String fatalError) {
        double avg = responses == 0 ? 0 : sum / responses;
        double variance = responses == 0 ? 0 : Math.max(0, sumSquares / responses - avg * avg);
        RunTimings timings = new RunTimings(avg, min, max, Math.sqrt(variance), started, System.currentTimeMillis());
        return new RunSummary(collection, environment, globals, stats, timings, failures, bytes, fatalError);
    }
}
