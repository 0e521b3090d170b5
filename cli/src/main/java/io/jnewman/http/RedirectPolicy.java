package io.jnewman.http;

import okhttp3.HttpUrl;

import java.util.Locale;

/**
 * postman-request's redirect rules: any 3xx with a Location is followed (followAllRedirects); the method becomes
 * GET (HEAD stays) and the body is dropped except for 307/308 or with followOriginalHttpMethod; a change of host
 * name drops Authorization unless followAuthorizationHeader; Referer is set to the previous URL unless
 * removeRefererHeaderOnRedirect.
 */
final class RedirectPolicy {
    private RedirectPolicy() {
    }

    /** The next hop, or null when the response is final (not a redirect, or no usable Location). */
    static WireRequest next(WireRequest hop, HttpUrl current, int code, String location, ProtocolProfile ppb) {
        if (code < 300 || code >= 400 || location == null) return null;
        HttpUrl target = current.resolve(location);
        if (target == null) return null;
        WireRequest next = hop;
        if (!current.host().equalsIgnoreCase(target.host())) {
            next = next.withHeader("Host", RequestAssembler.hostHeader(target));
            if (!ppb.followAuthorizationHeader()) next = next.withoutHeader("Authorization");
        } else if (next.header("Host") != null) {
            next = next.withHeader("Host", RequestAssembler.hostHeader(target));
        }
        String method = next.method();
        byte[] body = next.body();
        if (!ppb.followOriginalHttpMethod() && code != 307 && code != 308) {
            if (!method.toUpperCase(Locale.ROOT).equals("HEAD")) method = "GET";
            body = null;
            next = next.withoutHeader("Content-Type").withoutHeader("Content-Length");
        }
        if (!ppb.removeRefererHeaderOnRedirect()) next = next.withHeader("Referer", current.toString());
        return next.to(method, target.toString(), body);
    }
}
