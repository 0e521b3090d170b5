package io.jnewman.http.auth;

/** A scheme could not sign (bad private key, unknown algorithm); the request is sent unsigned with a warning. */
public class AuthException extends Exception {
    public AuthException(String message) {
        super(message);
    }

    public AuthException(String message, Throwable cause) {
        super(message, cause);
    }
}
