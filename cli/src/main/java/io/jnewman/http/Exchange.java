package io.jnewman.http;

import io.jnewman.model.Request;

/**
 * One HTTP exchange: the request as actually sent (resolved, signed, with the system headers Newman adds, flagged by
 * {@link SentRequest}), and either a response or a request error. Redirect hops are not listed; the response is the
 * last hop's.
 */
public record Exchange(SentRequest request, HttpResponse response, RequestError error) {
    public boolean failed() {
        return error != null;
    }

    /** The request as sent; {@code systemHeaders} names the headers the runtime added (User-Agent, Postman-Token …). */
    public record SentRequest(Request request, java.util.Set<String> systemHeaders) {
    }
}
