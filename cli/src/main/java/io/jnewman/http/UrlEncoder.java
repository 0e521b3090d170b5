package io.jnewman.http;

import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a resolved {@link Url} into the string that goes on the wire, the way postman-url-encoder's
 * {@code toNodeUrl} does (WHATWG percent-encode sets; existing {@code %XX} escapes are kept; the host is
 * lower-cased and punycoded), after substituting {@code :name} path variables from {@code url.variable}.
 */
public final class UrlEncoder {
    private static final String FRAGMENT_SET = " \"<>`";
    private static final String PATH_SET = FRAGMENT_SET + "#?{}";
    private static final String USERINFO_SET = PATH_SET + "/:;=@[\\]^|";
    private static final String QUERY_SET = " \"#'<>";

    private UrlEncoder() {
    }

    /** The full URL; {@code disableEncoding} (protocolProfileBehavior.disableUrlEncoding) sends the parts as typed. */
    public static String toWire(Url url, boolean disableEncoding) {
        StringBuilder sb = new StringBuilder();
        String protocol = url.protocol() == null || url.protocol().isEmpty() ? "http" : url.protocol().toLowerCase();
        sb.append(protocol).append("://");
        if (url.auth() != null) {
            int colon = url.auth().indexOf(':');
            String user = colon < 0 ? url.auth() : url.auth().substring(0, colon);
            String password = colon < 0 ? null : url.auth().substring(colon + 1);
            sb.append(disableEncoding ? user : encode(user, USERINFO_SET));
            if (password != null) sb.append(':').append(disableEncoding ? password : encode(password, USERINFO_SET));
            sb.append('@');
        }
        sb.append(host(url.hostString()));
        if (url.port() != null && !url.port().isEmpty()) sb.append(':').append(url.port());
        String path = pathWithVariables(url);
        sb.append(disableEncoding ? path : encode(path, PATH_SET));
        String query = queryString(url);
        if (query != null) sb.append('?').append(disableEncoding ? query : encode(query, QUERY_SET));
        if (url.hash() != null) sb.append('#').append(disableEncoding ? url.hash() : encode(url.hash(), FRAGMENT_SET));
        return sb.toString();
    }

    static String host(String host) {
        String lower = host.toLowerCase();
        if (lower.startsWith("[") || lower.contains("{{")) return lower;
        String ipv4 = ipv4(lower);
        if (ipv4 != null) return ipv4;
        try {
            return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return lower;
        }
    }

    // compiled once: String.matches compiles its pattern on every call, and every request's host goes through here
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern OCTAL = Pattern.compile("0[0-7]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+");

    /**
     * The WHATWG IPv4 parser: "127.1", "0x7f.1" or "2130706433" are 127.0.0.1. Null when the host is not an
     * all-numeric IPv4 form.
     */
    static String ipv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) return null;
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            try {
                if (HEX.matcher(p).matches()) numbers[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                else if (OCTAL.matcher(p).matches()) numbers[i] = Long.parseLong(p.substring(1), 8);
                else if (DECIMAL.matcher(p).matches()) numbers[i] = Long.parseLong(p);
                else return null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (int i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
        long last = numbers[numbers.length - 1];
        if (last >= 1L << (8 * (5 - numbers.length))) return null;
        long value = last;
        for (int i = 0; i < numbers.length - 1; i++) value += numbers[i] << (8 * (3 - i));
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    /** '/'-joined path where a segment ":name" takes the value of path variable {@code name} (suffix kept). */
    static String pathWithVariables(Url url) {
        List<String> segments = new ArrayList<>();
        for (String segment : url.path()) {
            if (segment.startsWith(":")) {
                String key = variableKey(segment);
                String value = variable(url, key);
                if (value != null && !value.isEmpty()) segment = value + segment.substring(key.length() + 1);
            }
            segments.add(segment);
        }
        return "/" + String.join("/", segments);
    }

    /** postman-collection's parsePathVariable: the name runs to the end of the segment. */
    private static String variableKey(String segment) {
        return segment.substring(1);
    }

    private static String variable(Url url, String key) {
        String found = null;
        for (KeyValue v : url.variable()) {
            if (v.key().equals(key)) found = v.value();
        }
        return found;
    }

    /** The enabled query parameters joined, "" when one enabled parameter is empty, null when none is enabled. */
    static String queryString(Url url) {
        boolean anyEnabled = url.query().stream().anyMatch(q -> !q.disabled());
        return anyEnabled ? url.queryString() : null;
    }

    /** Percent-encodes UTF-8 bytes that are C0 controls, non-ASCII or in {@code set}; valid %XX stays as is. */
    public static String encode(String value, String set) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                sb.append('%').append((char) bytes[i + 1]).append((char) bytes[i + 2]);
                i += 2;
            } else if (b < 0x20 || b > 0x7e || set.indexOf(b) >= 0) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    public static String encodeQuery(String query) {
        return encode(query, QUERY_SET);
    }
}
