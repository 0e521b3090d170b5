package io.jnewman.http;

import io.jnewman.model.KeyValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One hop as it goes on the wire: method, encoded URL, headers in sending order, body bytes (null: none).
 * {@code systemHeaders} names the headers added by the runtime rather than the collection (lower-case);
 * {@code authorizationFromUrl} says the Authorization header was made from the URL's user and password, which, as
 * with node's http for newman, goes on the wire but is no header of the request that reports and scripts see.
 */
record WireRequest(String method, String url, List<KeyValue> headers, byte[] body, Set<String> systemHeaders,
                   boolean authorizationFromUrl) {

    String header(String name) {
        String found = null;
        for (KeyValue h : headers) if (h.key().equalsIgnoreCase(name)) found = h.value();
        return found;
    }

    WireRequest withoutHeader(String name) {
        List<KeyValue> copy = new ArrayList<>(headers);
        copy.removeIf(h -> h.key().equalsIgnoreCase(name));
        return new WireRequest(method, url, copy, body, systemHeaders, authorizationFromUrl);
    }

    WireRequest withHeader(String name, String value) {
        List<KeyValue> copy = new ArrayList<>();
        boolean replaced = false;
        for (KeyValue h : headers) {
            if (h.key().equalsIgnoreCase(name)) {
                if (!replaced) copy.add(KeyValue.of(h.key(), value));
                replaced = true;
            } else {
                copy.add(h);
            }
        }
        if (!replaced) copy.add(KeyValue.of(name, value));
        return new WireRequest(method, url, copy, body, systemHeaders, authorizationFromUrl);
    }

    WireRequest to(String newMethod, String newUrl, byte[] newBody) {
        return new WireRequest(newMethod, newUrl, headers, newBody, systemHeaders, authorizationFromUrl);
    }
}
