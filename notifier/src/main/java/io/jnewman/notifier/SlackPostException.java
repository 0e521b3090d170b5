package io.jnewman.notifier;

/** Slack did not accept the message; the message says why, in one line. */
public final class SlackPostException extends RuntimeException {

    public SlackPostException(String message) {
        super(message);
    }

    public SlackPostException(String message, Throwable cause) {
        super(message, cause);
    }
}
