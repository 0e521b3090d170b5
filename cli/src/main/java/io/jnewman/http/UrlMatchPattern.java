package io.jnewman.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * postman-collection's URL match patterns ({@code <all_urls>}, {@code https://*.example.com:*}/{@code path*}) used
 * to pick client certificates per request URL.
 */
final class UrlMatchPattern {
    private static final Pattern SHAPE = Pattern.compile("^(\\*|[a-z][a-z0-9+.\\-]*(?:\\+[a-z]+)*)://([^/:]+)(?::(\\*|\\d+))?(/.*)?$",
            Pattern.CASE_INSENSITIVE);

    private UrlMatchPattern() {
    }

    static boolean matches(String pattern, String scheme, String host, int port, String path) {
        if (pattern == null) return false;
        if (pattern.equals("<all_urls>")) return true;
        Matcher m = SHAPE.matcher(pattern.trim());
        if (!m.matches()) return false;
        String protocols = m.group(1).toLowerCase();
        if (!protocols.equals("*") && !java.util.List.of(protocols.split("\\+")).contains(scheme)) return false;
        String hostPattern = m.group(2).toLowerCase();
        String h = host.toLowerCase();
        if (!hostPattern.equals("*")) {
            if (hostPattern.startsWith("*.")) {
                String base = hostPattern.substring(2);
                if (!h.equals(base) && !h.endsWith("." + base)) return false;
            } else if (!hostPattern.equals(h)) {
                return false;
            }
        }
        String portPattern = m.group(3);
        if (portPattern != null && !portPattern.equals("*") && Integer.parseInt(portPattern) != port) return false;
        String pathPattern = m.group(4);
        if (pathPattern == null) return path == null || path.isEmpty() || path.equals("/");
        return glob(pathPattern).matcher(path == null || path.isEmpty() ? "/" : path).matches();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
