package io.jnewman.run;

import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Item;
import io.jnewman.script.ScriptSandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * --retry N: runs an item again, up to N more times, while an attempt fails (request error, script error or failed
 * assertion). Every attempt starts from the variables the first one saw; its events are held back and only the last
 * attempt's are published, after an {@link RunEvent.ItemRetried} when there was more than one, so the summary and
 * every report count that attempt alone. A setNextRequest or a --bail of a discarded attempt is discarded with it.
 */
final class RetryingItemRun implements ItemRunner {
    private final List<RunEvent> attemptEvents = new ArrayList<>();
    private final ItemRun once;
    private final RunScopes scopes;
    private final RunOptions options;
    private final RunListener publish;
    private final long deadline;

    RetryingItemRun(RunScopes scopes, RunOptions options, HttpExecutor http, ScriptSandbox sandbox,
                    RunListener publish, long deadline) {
        this.once = new ItemRun(scopes, options, http, sandbox, attemptEvents::add, deadline);
        this.scopes = scopes;
        this.options = options;
        this.publish = publish;
        this.deadline = deadline;
    }

    @Override
    public ItemRun.Outcome run(Item item, Cursor cursor, int cycles) {
        ScopeSnapshot before = ScopeSnapshot.of(scopes);
        List<String> earlierFailures = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            attemptEvents.clear();
            ItemRun.Outcome outcome = null;
            RunAbortedException aborted = null;
            try {
                outcome = once.run(item, cursor, cycles);
            } catch (RunAbortedException e) {
                aborted = e; // --bail folder: only the last attempt may end the run
            }
            String failure = AttemptFailure.firstIn(attemptEvents);
            if (failure != null && attempt <= options.retries() && System.currentTimeMillis() < deadline) {
                earlierFailures.add("attempt " + attempt + ": " + failure);
                before.restore(scopes);
                ItemRun.pause(options.retryDelay());
                continue;
            }
            if (attempt > 1) publish.on(new RunEvent.ItemRetried(cursor, item, attempt, failure == null, earlierFailures));
            List<RunEvent> last = List.copyOf(attemptEvents);
            attemptEvents.clear();
            last.forEach(publish::on);
            if (aborted != null) throw aborted;
            return outcome;
        }
    }
}
