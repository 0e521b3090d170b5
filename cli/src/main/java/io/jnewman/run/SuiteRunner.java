package io.jnewman.run;

import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Several collections as one run: one start, each collection's events in turn (announced by
 * {@link RunEvent.CollectionStarted}), one merged summary at the end, so every reporter writes one report. Each part
 * runs with whatever scopes and runner its {@link Part} sets up; its own start and finish events are replaced by the
 * collection event and the suite's finish. A fatal error, or a failure under --bail, ends the suite after that part.
 */
public final class SuiteRunner {
    /**
     * One collection of the suite.
     *
     * @param run runs the collection, publishing its events to the listener given, and returns its summary
     */
    public record Part(Collection collection, String source, Function<RunListener, RunSummary> run) {
    }

    private final Collection suite;
    private final int cycles;
    private final List<Part> parts;
    private final boolean bailOnFailure;
    private final List<RunListener> listeners;

    /**
     * @param suite  the collection reports name the whole run by
     * @param cycles iterations per collection, for the start event
     */
    public SuiteRunner(Collection suite, int cycles, List<Part> parts, boolean bailOnFailure,
                       List<RunListener> listeners) {
        this.suite = suite;
        this.cycles = cycles;
        this.parts = List.copyOf(parts);
        this.bailOnFailure = bailOnFailure;
        this.listeners = new ArrayList<>(listeners);
    }

    /** Runs the parts in order; the summary's environment and globals are those the last part ended with. */
    public RunSummary run() {
        RunPublisher publisher = new RunPublisher(listeners);
        publisher.on(new RunEvent.RunStarted(suite, cycles, System.currentTimeMillis()));
        VariableScope environment = VariableScope.empty("environment");
        VariableScope globals = VariableScope.empty("globals");
        String fatal = null;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            int index = i;
            RunSummary summary = part.run().apply(event -> {
                switch (event) {
                    case RunEvent.RunStarted s -> publisher.on(
                            new RunEvent.CollectionStarted(part.collection(), part.source(), index, parts.size()));
                    case RunEvent.RunFinished f -> { }
                    default -> publisher.on(event);
                }
            });
            environment = summary.environment();
            globals = summary.globals();
            if (summary.fatalError() != null) {
                fatal = part.collection().name() + ": " + summary.fatalError();
                break;
            }
            if (bailOnFailure && summary.failed()) break;
        }
        return publisher.finish(suite, new RunScopes(globals, environment, VariableScope.empty("collection")), fatal);
    }
}
