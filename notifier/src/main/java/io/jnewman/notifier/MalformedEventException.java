package io.jnewman.notifier;

/** An invocation payload that is not a CodeBuild build state change; the message says what is wrong, in one line. */
public final class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
