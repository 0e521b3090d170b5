package io.jnewman.script;

/**
 * Runs one script of one event (collection, folder or request level) and returns what the runner needs next.
 * A sandbox lives for a whole run: one engine and context, libraries loaded once. Script errors, timeouts and
 * hostile code never throw out of {@link #execute}; they come back as {@link ScriptResult#error()}.
 * Assertions and console output stream to the observer while the script runs.
 */
public interface ScriptSandbox extends AutoCloseable {
    ScriptResult execute(ScriptCall call, ScriptObserver observer);

    @Override
    default void close() {
    }
}
