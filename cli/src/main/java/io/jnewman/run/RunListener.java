package io.jnewman.run;

/** A consumer of run events (each reporter is one). Called on the runner's thread, in event order. */
@FunctionalInterface
public interface RunListener {
    void on(RunEvent event);
}
