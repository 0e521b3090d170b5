package io.jnewman.report;

import io.jnewman.run.RunListener;

/**
 * A run reporter: a {@link RunListener} that turns the run's events into console output or a report file. Reporters
 * write their files when {@link io.jnewman.run.RunEvent.RunFinished} arrives; a file that cannot be written is an
 * {@code error:} line on the context's error stream, never an exception, so the other reports are still written.
 */
public interface Reporter extends RunListener {
    /** The name it was enabled with in {@code -r} (cli, json, junit …). */
    String name();
}
