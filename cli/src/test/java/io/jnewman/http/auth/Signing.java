package io.jnewman.http.auth;

import io.jnewman.http.WireBody;
import io.jnewman.model.Auth;
import io.jnewman.model.Request;
import io.jnewman.model.Url;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for signing requests in auth tests. */
final class Signing {
    private Signing() {
    }

    static SigningRequest request(String method, String url) {
        return new SigningRequest(new Request(method, Url.parse(url), List.of(), null, null, null), WireBody.NONE, false);
    }

    static SigningRequest request(String method, String url, String body, String contentType) {
        return new SigningRequest(new Request(method, Url.parse(url), List.of(), null, null, null),
                new WireBody(body.getBytes(StandardCharsets.UTF_8), contentType), false);
    }

    static Auth auth(String type, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) params.put(pairs[i], pairs[i + 1]);
        return new Auth(type, params);
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
