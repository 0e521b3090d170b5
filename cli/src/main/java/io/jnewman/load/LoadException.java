package io.jnewman.load;

/**
 * An input that cannot be loaded. The message is one line naming the file and, for syntax errors, the line and
 * column; the CLI prints it as is and exits 1.
 */
public final class LoadException extends RuntimeException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
