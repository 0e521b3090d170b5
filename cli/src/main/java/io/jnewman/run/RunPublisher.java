package io.jnewman.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Fans run events out to the summary collector and the listeners, in order, and closes the run with the summary.
 * Shared by the sequential and the parallel runner.
 */
final class RunPublisher implements RunListener {
    private final SummaryCollector collector = new SummaryCollector();
    private final List<RunListener> all = new ArrayList<>();

    RunPublisher(List<RunListener> listeners) {
        all.add(collector);
        all.addAll(listeners);
    }

    @Override
    public void on(RunEvent event) {
        for (RunListener l : all) l.on(event);
    }

    RunSummary finish(Collection collection, RunScopes scopes, String fatalError) {
        RunSummary summary = collector.summary(collection, scopes.environment(), scopes.globals(), fatalError);
        on(new RunEvent.RunFinished(summary));
        return summary;
    }

    static int cycles(RunOptions options, List<ObjectNode> dataRows) {
        return options.iterationCount() > 0 ? options.iterationCount() : Math.max(1, dataRows.size());
    }

    static long deadline(RunOptions options) {
        return options.timeout() > 0 ? System.currentTimeMillis() + options.timeout() : Long.MAX_VALUE;
    }
}
