package io.jnewman.report;

/** A report could not be produced (typically its file could not be written); the message is one line for the user. */
public final class ReportException extends RuntimeException {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
