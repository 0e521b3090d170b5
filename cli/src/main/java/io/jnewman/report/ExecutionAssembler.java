package io.jnewman.report;

import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds Newman's executions from the event stream, the way its summary does (by cursor ref), and hands each one over
 * when its item finishes. Items that sent no request (skipped, or stopped by --bail) produce none, as in Newman. Only
 * the items in flight are held, so memory does not grow with the run.
 */
final class ExecutionAssembler implements RunListener {
    private final Map<String, Execution> open = new LinkedHashMap<>();
    private final Consumer<Execution> completed;

    /** @param completed receives each finished execution that sent at least one request */
    ExecutionAssembler(Consumer<Execution> completed) {
        this.completed = completed;
    }

    @Override
    public void on(RunEvent event) {
        switch (event) {
            case RunEvent.ItemRetried r -> execution(r.cursor(), r.item()).retried(r);
            case RunEvent.ItemStarted s -> open.putIfAbsent(s.cursor().ref(), new Execution(s.cursor(), s.item()));
            case RunEvent.ScriptFinished s -> {
                if (s.error() != null) execution(s.cursor(), s.item()).scriptError(s.eventName(), s.error());
            }
            case RunEvent.RequestSent r -> execution(r.cursor(), r.item()).requestSent(r.cursor(), r.exchange(), r.fromScript());
            case RunEvent.AssertionMade a -> execution(a.cursor(), a.item()).assertion(a.assertion());
            case RunEvent.ItemFinished f -> finish(f.cursor().ref());
            case RunEvent.RunFinished d -> {
                for (String ref : new ArrayList<>(open.keySet())) finish(ref);
            }
            default -> { }
        }
    }

    private Execution execution(io.jnewman.run.Cursor cursor, io.jnewman.model.Item item) {
        return open.computeIfAbsent(cursor.ref(), r -> new Execution(cursor, item));
    }

    private void finish(String ref) {
        Execution done = open.remove(ref);
        if (done != null && done.requests() > 0) completed.accept(done);
    }
}
