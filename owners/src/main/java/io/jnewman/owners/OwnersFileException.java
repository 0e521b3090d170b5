package io.jnewman.owners;

/** An owners file that cannot be read or has a bad line; the message is one line, prefixed with {@code file:line}. */
public final class OwnersFileException extends RuntimeException {

    public OwnersFileException(String message) {
        super(message);
    }

    public OwnersFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
