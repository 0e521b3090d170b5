package io.jnewman.report;

/** A report file's path could not be prepared; the message is one line for the user. */
public final class ReportException extends RuntimeException {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
