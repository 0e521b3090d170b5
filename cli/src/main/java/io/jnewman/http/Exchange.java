package io.jnewman.http;

import io.jnewman.model.Request;

import java.util.List;

/**
 * One HTTP exchange: the request as actually sent (resolved, signed, with the system headers Newman adds, flagged by
 * {@link SentRequest}), and either a response or a request error. Redirect hops are not listed; the response is the
 * last hop's. {@code replayed} holds the earlier attempts of an auth replay (digest, NTLM challenges), oldest first:
 * Newman reports each of them as an execution of the item.
 */
public record Exchange(SentRequest request, HttpResponse response, RequestError error, List<Exchange> replayed) {
    public Exchange {
        replayed = replayed == null ? List.of() : List.copyOf(replayed);
    }

    public Exchange(SentRequest request, HttpResponse response, RequestError error) {
        this(request, response, error, List.of());
    }

    public Exchange withReplayed(List<Exchange> earlier) {
        return new Exchange(request, response, error, earlier);
    }
    public boolean failed() {
        return error != null;
    }

    /** The request as sent; {@code systemHeaders} names the headers the runtime added (User-Agent, Postman-Token …). */
    public record SentRequest(Request request, java.util.Set<String> systemHeaders) {
    }
}
