package io.jnewman.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A request as the collection defines it (before or after variable resolution). Immutable: scripts and auth produce
 * new instances. {@code auth} is the request's own auth; inheritance is resolved by {@link Item#effectiveAuth()}.
 */
public record Request(String method, Url url, List<KeyValue> headers, Body body, Auth auth, Description description) {
    public Request {
        method = method == null || method.isEmpty() ? "GET" : method;
        url = url == null ? Url.parse("") : url;
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    public Request withUrl(Url newUrl) {
        return new Request(method, newUrl, headers, body, auth, description);
    }

    public Request withHeaders(List<KeyValue> newHeaders) {
        return new Request(method, url, newHeaders, body, auth, description);
    }

    public Request withBody(Body newBody) {
        return new Request(method, url, headers, newBody, auth, description);
    }

    public Request withAuth(Auth newAuth) {
        return new Request(method, url, headers, body, newAuth, description);
    }

    public Request withMethod(String newMethod) {
        return new Request(newMethod, url, headers, body, auth, description);
    }

    /** Value of the last enabled header with this name (case-insensitive), or null. */
    public String header(String name) {
        String found = null;
        for (KeyValue h : headers) {
            if (!h.disabled() && h.key().equalsIgnoreCase(name)) found = h.value();
        }
        return found;
    }

    /** Replaces all headers of this name with one; used by auth signers. */
    public Request withHeader(String name, String value) {
        List<KeyValue> copy = new ArrayList<>();
        for (KeyValue h : headers) {
            if (!h.key().equalsIgnoreCase(name)) copy.add(h);
        }
        copy.add(KeyValue.of(name, value));
        return withHeaders(copy);
    }

    /** Applies {@code f} to every string of the request: method stays, url/headers/body/auth are mapped. */
    public Request mapStrings(UnaryOperator<String> f) {
        return new Request(method, url.mapStrings(f), KeyValues.map(headers, f), body == null ? null : body.mapStrings(f),
                auth == null ? null : auth.mapStrings(f), description);
    }
}
