package io.jnewman.http;

import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Puts the signed request on the wire the way postman-runtime's requester does: enabled collection headers first,
 * then the Content-Type the body mode implies, then the system headers (User-Agent, Accept, Cache-Control,
 * Postman-Token, Host, Accept-Encoding, Connection) unless the request has its own or protocolProfileBehavior
 * disables them, and Content-Length for a body. A URL with user:password becomes Basic auth, as in postman-request.
 */
final class RequestAssembler {
    static final String USER_AGENT = "PostmanRuntime/7.39.1";

    private RequestAssembler() {
    }

    /** @param beforeSigning the request's headers before auth signed it; headers auth added count as system ones */
    static WireRequest assemble(Request signed, List<KeyValue> beforeSigning, WireBody body, String url,
                                Set<String> disabledSystemHeaders) {
        List<KeyValue> headers = new ArrayList<>();
        Set<String> system = new LinkedHashSet<>();
        for (KeyValue h : signed.headers()) {
            if (h.disabled() || h.key().isEmpty()) continue;
            headers.add(KeyValue.of(h.key(), h.value() == null ? "" : h.value()));
            if (!beforeSigning.contains(h)) system.add(h.key().toLowerCase(Locale.ROOT));
        }
        if (body.present() && body.contentType() != null && !has(headers, "content-type")
                && !disabledSystemHeaders.contains("content-type")) {
            headers.add(KeyValue.of("Content-Type", body.contentType()));
            system.add("content-type");
        }
        HttpUrl parsed = HttpUrl.parse(url);
        String host = parsed == null ? "" : hostHeader(parsed);
        String[][] defaults = {{"User-Agent", USER_AGENT}, {"Accept", "*/*"}, {"Cache-Control", "no-cache"},
                {"Postman-Token", UUID.randomUUID().toString()}, {"Host", host},
                {"Accept-Encoding", "gzip, deflate, br"}, {"Connection", "keep-alive"}};
        for (String[] h : defaults) {
            String lower = h[0].toLowerCase(Locale.ROOT);
            if (disabledSystemHeaders.contains(lower) || has(headers, lower)) continue;
            headers.add(KeyValue.of(h[0], h[1]));
            system.add(lower);
        }
        boolean authorizationFromUrl = parsed != null && !parsed.username().isEmpty() && !has(headers, "authorization");
        if (authorizationFromUrl) {
            String pair = parsed.username() + ":" + parsed.password();
            headers.add(KeyValue.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(percentDecode(pair).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            system.add("authorization");
        }
        if (body.present() && !has(headers, "content-length") && !disabledSystemHeaders.contains("content-length")) {
            headers.add(KeyValue.of("Content-Length", Integer.toString(body.content().length)));
            system.add("content-length");
        }
        return new WireRequest(signed.method(), url, headers, body.present() ? body.content() : null, system,
                authorizationFromUrl);
    }

    /** host, plus :port unless it is the scheme's default (an explicitly typed default port is not kept). */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    static boolean has(List<KeyValue> headers, String lowerName) {
        for (KeyValue h : headers) if (h.key().equalsIgnoreCase(lowerName)) return true;
        return false;
    }

    private static String percentDecode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
