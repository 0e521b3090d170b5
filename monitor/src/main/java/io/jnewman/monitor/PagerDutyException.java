package io.jnewman.monitor;

/** PagerDuty did not accept an event (after retries, where retrying could help). */
public final class PagerDutyException extends RuntimeException {

    public PagerDutyException(String message) {
        super(message);
    }

    public PagerDutyException(String message, Throwable cause) {
        super(message, cause);
    }
}
