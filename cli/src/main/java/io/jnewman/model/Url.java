package io.jnewman.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A request URL in postman-collection's shape. Collections store it as a string or as parts; the runtime turns it into
 * a string, resolves variables in that string and parses it again, so a variable may hold "host:port/path".
 */
public record Url(String protocol, String auth, List<String> host, String port, List<String> path,
                  List<KeyValue> query, List<KeyValue> variable, String hash) {
    // compiled once: String.matches and replaceFirst compile their pattern on every call, once per request here
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9+.{}\\-]+");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");

    public Url {
        host = host == null ? List.of() : List.copyOf(host);
        path = path == null ? List.of() : List.copyOf(path);
        query = query == null ? List.of() : List.copyOf(query);
        variable = variable == null ? List.of() : List.copyOf(variable);
    }

    /**
     * Parses a raw URL the way postman-url-encoder's parser does: lenient, never throws; leading whitespace is
     * dropped, and '#', '?', '/', '@' and ':' inside {{variables}} do not split the URL.
     */
    public static Url parse(String raw) {
        String rest = raw == null ? "" : raw.stripLeading();
        String protocol = null;
        String hash = null;
        int hashAt = outsideVariables(rest, '#', false);
        if (hashAt >= 0) {
            hash = rest.substring(hashAt + 1);
            rest = rest.substring(0, hashAt);
        }
        List<KeyValue> query = new ArrayList<>();
        int queryAt = outsideVariables(rest, '?', false);
        if (queryAt >= 0) {
            String qs = rest.substring(queryAt + 1);
            rest = rest.substring(0, queryAt);
            for (String pair : splitOutsideVariables(qs, '&')) {
                int eq = pair.indexOf('=');
                query.add(eq < 0 ? new KeyValue(pair, null, false, null)
                        : new KeyValue(pair.substring(0, eq), pair.substring(eq + 1), false, null));
            }
        }
        int schemeAt = rest.indexOf("://");
        if (schemeAt > 0 && SCHEME.matcher(rest.substring(0, schemeAt)).matches()) {
            protocol = rest.substring(0, schemeAt);
            rest = LEADING_SLASHES.matcher(rest.substring(schemeAt + 3)).replaceFirst("");
        }
        String authority = rest;
        String pathPart = null;
        int slash = firstPathSlash(rest);
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            pathPart = rest.substring(slash + 1);
        }
        String auth = null;
        int at = outsideVariables(authority, '@', true);
        if (at >= 0) {
            auth = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String port = null;
        int colon = outsideVariables(authority, ':', true);
        if (colon >= 0 && authority.indexOf(']') < colon) {
            port = authority.substring(colon + 1);
            authority = authority.substring(0, colon);
        }
        List<String> host = authority.isEmpty() ? List.of() : List.of(authority.split("\\.", -1));
        List<String> path = pathPart == null ? List.of() : List.of(pathPart.split("/", -1));
        return new Url(protocol, auth, host, port, path, query, List.of(), hash);
    }

    private static List<String> splitOutsideVariables(String s, char c) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) { depth++; i++; continue; }
            if (s.startsWith("}}", i) && depth > 0) { depth--; i++; continue; }
            if (s.charAt(i) == c && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** Index of {@code c} outside {{variables}}: the first one, or the last one when {@code last}; -1 if none. */
    private static int outsideVariables(String s, char c, boolean last) {
        int found = -1;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) { depth++; i++; continue; }
            if (s.startsWith("}}", i) && depth > 0) { depth--; i++; continue; }
            if (s.charAt(i) == c && depth == 0) {
                if (!last) return i;
                found = i;
            }
        }
        return found;
    }

    /** The first '/' that is not inside a {{variable}}. */
    private static int firstPathSlash(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) { depth++; i++; continue; }
            if (s.startsWith("}}", i) && depth > 0) { depth--; i++; continue; }
            if (s.charAt(i) == '/' && depth == 0) return i;
        }
        return -1;
    }

    public String hostString() {
        return String.join(".", host);
    }

    public String pathString() {
        return path.isEmpty() ? "" : "/" + String.join("/", path);
    }

    /**
     * Query string of the enabled parameters, without the leading '?', as postman-collection's QueryParam.unparse
     * writes it: a key without value prints as "key"; '&' and '#' (and '=' in keys) outside {{variables}} are
     * percent-encoded so that the string parses back into the same parameters.
     */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (KeyValue q : query) {
            if (q.disabled()) continue;
            if (!first) sb.append('&');
            first = false;
            sb.append(normalizeParam(q.key(), true));
            if (q.value() != null) sb.append('=').append(normalizeParam(q.value(), false));
        }
        return sb.toString();
    }

    private static String normalizeParam(String s, boolean encodeEquals) {
        if (s.indexOf('&') < 0 && s.indexOf('#') < 0 && !(encodeEquals && s.indexOf('=') >= 0)) return s;
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) { depth++; out.append("{{"); i++; continue; }
            if (s.startsWith("}}", i) && depth > 0) { depth--; out.append("}}"); i++; continue; }
            char c = s.charAt(i);
            if (depth == 0 && c == '&') out.append("%26");
            else if (depth == 0 && c == '#') out.append("%23");
            else if (depth == 0 && encodeEquals && c == '=') out.append("%3D");
            else out.append(c);
        }
        return out.toString();
    }

    /** The URL as a string; disabled query parameters are left out, as postman-collection's toString does. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (protocol != null && !protocol.isEmpty()) sb.append(protocol).append("://");
        if (auth != null) sb.append(auth).append('@');
        sb.append(hostString());
        if (port != null && !port.isEmpty()) sb.append(':').append(port);
        sb.append(pathString());
        String qs = queryString();
        boolean anyEnabled = query.stream().anyMatch(q -> !q.disabled());
        if (anyEnabled) sb.append('?').append(qs);
        if (hash != null) sb.append('#').append(hash);
        return sb.toString();
    }

    public Url withQuery(List<KeyValue> newQuery) {
        return new Url(protocol, auth, host, port, path, newQuery, variable, hash);
    }

    public Url withVariable(List<KeyValue> newVariable) {
        return new Url(protocol, auth, host, port, path, query, newVariable, hash);
    }

    /** Applies {@code f} to every string part (used for variable substitution). */
    public Url mapStrings(UnaryOperator<String> f) {
        return new Url(f.apply(protocol), f.apply(auth), host.stream().map(f).toList(), f.apply(port),
                path.stream().map(f).toList(), KeyValues.map(query, f), KeyValues.map(variable, f), f.apply(hash));
    }
}
