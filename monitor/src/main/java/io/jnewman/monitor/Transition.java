package io.jnewman.monitor;

/** How one observation moves a key's state; only {@link #STARTED_FAILING} and {@link #RECOVERED} are news. */
public enum Transition {
    /** Passing, and nothing was known before: a new monitor says nothing until something breaks. */
    FIRST_PASS,
    STILL_PASSING,
    /** Failing after passing, or on the very first run: page and tell the channel. */
    STARTED_FAILING,
    /** Failing again: the incident is already open, so nobody is paged or messaged again. */
    STILL_FAILING,
    /** Passing after failing: resolve the incident and tell the channel. */
    RECOVERED,
    /** A run older than the one already recorded (events arrived out of order): ignored. */
    STALE;

    public boolean isStateChange() {
        return this == STARTED_FAILING || this == RECOVERED;
    }
}
