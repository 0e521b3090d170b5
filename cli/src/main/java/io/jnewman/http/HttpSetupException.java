package io.jnewman.http;

/** The run's HTTP settings cannot be used (unreadable certificate list, CA bundle, cookie jar); one-line message. */
public class HttpSetupException extends RuntimeException {
    public HttpSetupException(String message) {
        super(message);
    }
}
