package io.jnewman.run;

/** A fatal run error (unknown --folder, --bail folder abort, global timeout): the run stops and exits 1. */
public final class RunAbortedException extends RuntimeException {
    public RunAbortedException(String message) {
        super(message);
    }
}
