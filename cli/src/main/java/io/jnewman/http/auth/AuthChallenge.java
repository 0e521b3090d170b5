package io.jnewman.http.auth;

import io.jnewman.model.KeyValue;

import java.util.List;

/** What an auth scheme sees of a response when deciding on a replay: status and headers. */
public record AuthChallenge(int code, List<KeyValue> headers) {
    public List<String> all(String name) {
        return headers.stream().filter(h -> h.key().equalsIgnoreCase(name)).map(KeyValue::value).toList();
    }
}
