package io.jnewman.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A request URL in postman-collection's shape. Collections store it as a string or as parts; the runtime turns it into
 * a string, resolves variables in that string and parses it again, so a variable may hold "host:port/path".
 */
public record Url(String protocol, String auth, List<String> host, String port, List<String> path,
                  List<KeyValue> query, List<KeyValue> variable, String hash) {

    public Url {
        host = host == null ? List.of() : List.copyOf(host);
        path = path == null ? List.of() : List.copyOf(path);
        query = query == null ? List.of() : List.copyOf(query);
        variable = variable == null ? List.of() : List.copyOf(variable);
    }

    /** Parses a raw URL the way postman-collection's {@code Url.parse} does: lenient, never throws. */
    public static Url parse(String raw) {
        String rest = raw == null ? "" : raw.trim();
        String protocol = null;
        String hash = null;
        int hashAt = rest.indexOf('#');
        if (hashAt >= 0) {
            hash = rest.substring(hashAt + 1);
            rest = rest.substring(0, hashAt);
        }
        int schemeAt = rest.indexOf("://");
        if (schemeAt > 0 && rest.substring(0, schemeAt).matches("[A-Za-z0-9+.{}\\-]+")) {
            protocol = rest.substring(0, schemeAt);
            rest = rest.substring(schemeAt + 3);
        }
        List<KeyValue> query = new ArrayList<>();
        int queryAt = rest.indexOf('?');
        if (queryAt >= 0) {
            String qs = rest.substring(queryAt + 1);
            rest = rest.substring(0, queryAt);
            for (String pair : qs.split("&", -1)) {
                if (pair.isEmpty() && qs.isEmpty()) continue;
                int eq = pair.indexOf('=');
                query.add(eq < 0 ? new KeyValue(pair, null, false, null)
                        : new KeyValue(pair.substring(0, eq), pair.substring(eq + 1), false, null));
            }
        }
        String authority = rest;
        String pathPart = null;
        int slash = firstPathSlash(rest);
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            pathPart = rest.substring(slash + 1);
        }
        String auth = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            auth = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String port = null;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon && !authority.substring(colon + 1).contains("}}")) {
            port = authority.substring(colon + 1);
            authority = authority.substring(0, colon);
        }
        List<String> host = authority.isEmpty() ? List.of() : List.of(authority.split("\\.", -1));
        List<String> path = pathPart == null ? List.of() : List.of(pathPart.split("/", -1));
        return new Url(protocol, auth, host, port, path, query, List.of(), hash);
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

    /** Query string of the enabled parameters, without the leading '?'. A key without value prints as "key". */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        for (KeyValue q : query) {
            if (q.disabled()) continue;
            if (!sb.isEmpty()) sb.append('&');
            sb.append(q.key());
            if (q.value() != null) sb.append('=').append(q.value());
        }
        return sb.toString();
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
