package io.jnewman.run;

import io.jnewman.http.Exchange;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.model.Script;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.util.List;

/**
 * What the runner publishes, in order, to every {@link RunListener}: the Newman run events. Results flow one way,
 * from the runner to reporters; nothing is kept by the runner for them.
 */
public sealed interface RunEvent {
    /** start */
    record RunStarted(Collection collection, int cycles, long startedAt) implements RunEvent {}

    /**
     * A collection of a multi-collection run begins (beyond Newman; only runs of several collections publish it).
     * {@code source} is the path or URL it was loaded from, {@code index} 0-based of {@code count}.
     */
    record CollectionStarted(Collection collection, String source, int index, int count) implements RunEvent {}

    /** beforeIteration */
    record IterationStarted(Cursor cursor) implements RunEvent {}

    /** beforeItem */
    record ItemStarted(Cursor cursor, Item item) implements RunEvent {}

    /** script: one script finished; {@code eventName} is "prerequest" or "test"; error null when it ran clean. */
    record ScriptFinished(Cursor cursor, Item item, String eventName, Script script, ScriptError error) implements RunEvent {}

    /** prerequest / test: all scripts of that phase for the item ran (counted in stats.prerequests/tests). */
    record PhaseFinished(Cursor cursor, Item item, String eventName) implements RunEvent {}

    /** request: an HTTP exchange finished; {@code fromScript} for pm.sendRequest. */
    record RequestSent(Cursor cursor, Item item, Exchange exchange, boolean fromScript) implements RunEvent {}

    /** assertion */
    record AssertionMade(Cursor cursor, Item item, Assertion assertion) implements RunEvent {}

    /** console */
    record ConsoleMessage(Cursor cursor, Item item, String level, List<String> messages) implements RunEvent {}

    /** setNextRequest was called in a test script (the cli prints "Attempting to set next request to …"). */
    record NextRequestSet(Cursor cursor, Item item, String target) implements RunEvent {}

    /** item; {@code skipped} when pm.execution.skipRequest() was called. */
    record ItemFinished(Cursor cursor, Item item, boolean skipped) implements RunEvent {}

    /**
     * Beyond Newman (--retry): the item ran {@code attempts} times. Published just before the events of its last
     * attempt, which alone count; {@code passed} says that attempt passed (the item is flaky), and
     * {@code earlierFailures} holds the first failure of each earlier attempt, one line each.
     */
    record ItemRetried(Cursor cursor, Item item, int attempts, boolean passed, List<String> earlierFailures)
            implements RunEvent {
        public ItemRetried {
            earlierFailures = List.copyOf(earlierFailures);
        }

        /** Failed first, then passed on a retry. */
        public boolean flaky() {
            return passed && attempts > 1;
        }
    }

    /**
     * Beyond Newman (--max-item-runs): setNextRequest would run {@code item} more than {@code limit} times in one
     * iteration; the run stops with {@code message} as its fatal error.
     */
    record LoopGuardTripped(Cursor cursor, Item item, int limit, String message) implements RunEvent {}

    /** iteration */
    record IterationFinished(Cursor cursor) implements RunEvent {}

    /** done: the summary is complete; reporters write their files. */
    record RunFinished(RunSummary summary) implements RunEvent {}
}
