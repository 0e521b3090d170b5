package io.jnewman.monitor;

/** The outcome of one monitor run of a collection against an environment. */
public enum Health {
    PASSING,
    FAILING
}
