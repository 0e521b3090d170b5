package io.jnewman.run;

import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;

import java.util.List;

/**
 * The run as reporters see it at the end: statistics, timings, failures, the final environment and globals, the
 * bytes received, and a fatal error that ended the run early (null when the run completed).
 */
public record RunSummary(Collection collection, VariableScope environment, VariableScope globals, RunStats stats,
                         RunTimings timings, List<Failure> failures, long responseTotalBytes, String fatalError) {
    public RunSummary {
        failures = List.copyOf(failures);
    }

    /** Newman's exit rule: any failure or a fatal error makes the run fail. */
    public boolean failed() {
        return fatalError != null || !failures.isEmpty();
    }
}
