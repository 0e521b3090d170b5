package io.jnewman.run;

import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Item;
import io.jnewman.script.ScriptSandbox;

/** Runs one item of an iteration: once, as Newman does ({@link ItemRun}), or until it passes with --retry. */
interface ItemRunner {
    ItemRun.Outcome run(Item item, Cursor cursor, int cycles);

    /** The runner the options ask for; without --retry it is the plain {@link ItemRun}, publishing as it goes. */
    static ItemRunner of(RunScopes scopes, RunOptions options, HttpExecutor http, ScriptSandbox sandbox,
                         RunListener publish, long deadline) {
        if (options.retries() <= 0) return new ItemRun(scopes, options, http, sandbox, publish, deadline);
        return new RetryingItemRun(scopes, options, http, sandbox, publish, deadline);
    }
}
