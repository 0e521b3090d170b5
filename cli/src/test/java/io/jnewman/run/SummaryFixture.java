package io.jnewman.run;

import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;

import java.util.List;

/** Builds a {@link RunSummary} from hand-made events with the runner's own collector, timings chosen by the test. */
public final class SummaryFixture {
    private SummaryFixture() {
    }

    public static RunSummary summarize(List<RunEvent> events, Collection collection, VariableScope environment,
                                       VariableScope globals, RunTimings timings, String fatalError) {
        SummaryCollector collector = new SummaryCollector();
        events.forEach(collector::on);
        RunSummary s = collector.summary(collection, environment, globals, fatalError);
        return new RunSummary(s.collection(), s.environment(), s.globals(), s.stats(), timings, s.failures(),
                s.responseTotalBytes(), s.fatalError());
    }
}
