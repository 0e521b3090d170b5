package io.jnewman.http;

import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;

/**
 * An OkHttp URL whose request target (path and query, as written on the request line) is exactly the wire string's.
 * OkHttp's parser removes {@code .} and {@code ..} segments and percent-encodes characters such as {@code "} and
 * {@code <} that Node sends as given (postman-url-encoder keeps dot segments, and disableUrlEncoding sends the URL as
 * typed). OkHttp writes the target from the URL's text, so the URL is rebuilt with the wire text through its
 * all-fields constructor; scheme, host, port and the decoded segments stay as OkHttp parsed them.
 */
final class RequestTarget {
    private RequestTarget() {
    }

    /** The URL to send, or null when OkHttp cannot parse it. */
    static HttpUrl of(String wire) {
        HttpUrl parsed = HttpUrl.parse(wire);
        if (parsed == null) return null;
        String target = rawTarget(wire, parsed.scheme());
        String okTarget = parsed.encodedPath() + (parsed.encodedQuery() == null ? "" : "?" + parsed.encodedQuery());
        if (target == null || target.equals(okTarget) || !sendable(target)) return parsed;
        String root = parsed.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
        String text = root.substring(0, root.length() - 1) + target;
        List<String> query = null;
        if (target.indexOf('?') >= 0) {
            query = new ArrayList<>();
            for (int i = 0; i < parsed.querySize(); i++) {
                query.add(parsed.queryParameterName(i));
                query.add(parsed.queryParameterValue(i));
            }
        }
        return new HttpUrl(parsed.scheme(), parsed.username(), parsed.password(), parsed.host(), parsed.port(),
                parsed.pathSegments(), query, null, text);
    }

    /** The path and query of {@code wire} as written, or null when it has no path of its own. */
    static String rawTarget(String wire, String scheme) {
        int start = wire.indexOf("://");
        if (start < 0 || !wire.regionMatches(true, 0, scheme, 0, start)) return null;
        int path = start + 3;
        while (path < wire.length() && "/?#".indexOf(wire.charAt(path)) < 0) path++;
        if (path >= wire.length() || wire.charAt(path) != '/') return null;
        int end = wire.indexOf('#', path);
        return wire.substring(path, end < 0 ? wire.length() : end);
    }

    /**
     * Node refuses a target with characters outside 0x21–0xFF, and a backslash in the path is a slash to the URL
     * parser; OkHttp's own form is used for those. A backslash in the query is sent as it is.
     */
    private static boolean sendable(String target) {
        int query = target.indexOf('?');
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c > 0x7e || (c == '\\' && (query < 0 || i < query))) return false;
        }
        return true;
    }
}
