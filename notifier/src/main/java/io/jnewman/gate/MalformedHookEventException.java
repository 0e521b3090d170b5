package io.jnewman.gate;

/** The payload is not a CodeDeploy lifecycle-hook event; there is no hook to answer. */
public final class MalformedHookEventException extends Exception {

    public MalformedHookEventException(String message) {
        super(message);
    }
}
