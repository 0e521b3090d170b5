package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The run's cookie jar with tough-cookie's semantics (RFC 6265: host-only and domain cookies, path match, expiry,
 * secure) and its JSON serialization, so --cookie-jar files load and --export-cookie-jar files match Newman's.
 * Set-Cookie parsing is OkHttp's; the jar also serves OkHttp as its {@link CookieJar}.
 */
public final class ToughCookieJar implements RunCookieJar, CookieJar {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final List<StoredCookie> cookies = new ArrayList<>();
    private long creationIndex;

    public ToughCookieJar(Clock clock) {
        this.clock = clock;
    }

    /** One cookie as tough-cookie stores it; {@code expires} null means a session cookie. */
    record StoredCookie(String key, String value, String domain, String path, boolean hostOnly, Instant expires,
                        boolean secure, boolean httpOnly, String sameSite, Instant creation, Instant lastAccessed,
                        long index) {
        boolean expired(Instant now) {
            return expires != null && !expires.isAfter(now);
        }

        boolean sameIdentity(StoredCookie o) {
            return key.equals(o.key) && domain.equalsIgnoreCase(o.domain) && path.equals(o.path);
        }
    }

    // --- matching ---

    private static boolean domainMatches(StoredCookie c, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        String d = c.domain.toLowerCase(Locale.ROOT);
        if (c.hostOnly) return h.equals(d);
        return h.equals(d) || (h.endsWith("." + d) && !isIpAddress(h));
    }

    private static boolean isIpAddress(String host) {
        return host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") || host.contains(":");
    }

    private static boolean pathMatches(String cookiePath, String requestPath) {
        if (requestPath.equals(cookiePath)) return true;
        if (!requestPath.startsWith(cookiePath)) return false;
        return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
    }

    private synchronized List<StoredCookie> matching(HttpUrl url, boolean touch) {
        Instant now = clock.instant();
        cookies.removeIf(c -> c.expired(now));
        List<StoredCookie> out = new ArrayList<>();
        for (int i = 0; i < cookies.size(); i++) {
            StoredCookie c = cookies.get(i);
            if (!domainMatches(c, url.host()) || !pathMatches(c.path, url.encodedPath())) continue;
            if (c.secure && !url.isHttps()) continue;
            if (touch) {
                c = new StoredCookie(c.key, c.value, c.domain, c.path, c.hostOnly, c.expires, c.secure, c.httpOnly,
                        c.sameSite, c.creation, now, c.index);
                cookies.set(i, c);
            }
            out.add(c);
        }
        out.sort(Comparator.comparingInt((StoredCookie c) -> -c.path.length())
                .thenComparing(StoredCookie::creation).thenComparingLong(StoredCookie::index));
        return out;
    }

    /** The Cookie request header value for this URL, or null when no cookie applies. */
    public String cookieHeader(HttpUrl url) {
        List<StoredCookie> list = matching(url, true);
        if (list.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (StoredCookie c : list) {
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(c.key).append('=').append(c.value);
        }
        return sb.toString();
    }

    /** Stores the Set-Cookie headers of a response from {@code url}; returns them as the response's cookies. */
    public List<ResponseCookie> storeFromResponse(HttpUrl url, okhttp3.Headers headers) {
        List<Cookie> parsed = new ArrayList<>();
        for (String header : headers.values("Set-Cookie")) {
            Cookie c = Cookie.parse(url, header);
            if (c == null) continue;
            if (c.persistent() && header.toLowerCase(Locale.ROOT).contains("max-age")) {
                // OkHttp measures Max-Age from the system clock; the jar's clock decides expiry
                long shift = clock.millis() - System.currentTimeMillis();
                Cookie.Builder b = new Cookie.Builder().name(c.name()).value(c.value()).path(c.path())
                        .expiresAt(c.expiresAt() <= System.currentTimeMillis() ? 0 : c.expiresAt() + shift);
                if (c.hostOnly()) b.hostOnlyDomain(c.domain()); else b.domain(c.domain());
                if (c.secure()) b.secure();
                if (c.httpOnly()) b.httpOnly();
                c = b.build();
            }
            parsed.add(c);
        }
        saveFromResponse(url, parsed);
        return parsed.stream().map(ToughCookieJar::toResponseCookie).toList();
    }

    private synchronized void store(StoredCookie incoming) {
        Instant now = clock.instant();
        for (int i = 0; i < cookies.size(); i++) {
            StoredCookie old = cookies.get(i);
            if (old.sameIdentity(incoming)) {
                cookies.remove(i);
                if (incoming.expired(now)) return;
                // tough-cookie keeps the original creation time when a cookie is replaced
                incoming = new StoredCookie(incoming.key, incoming.value, incoming.domain, incoming.path,
                        incoming.hostOnly, incoming.expires, incoming.secure, incoming.httpOnly, incoming.sameSite,
                        old.creation, now, old.index);
                cookies.add(i, incoming);
                return;
            }
        }
        if (!incoming.expired(now)) cookies.add(incoming);
    }

    // --- okhttp3.CookieJar ---

    @Override
    public List<Cookie> loadForRequest(HttpUrl url) {
        List<Cookie> out = new ArrayList<>();
        for (StoredCookie c : matching(url, true)) {
            Cookie.Builder b = new Cookie.Builder().name(c.key).value(c.value).path(c.path);
            if (c.hostOnly) b.hostOnlyDomain(c.domain); else b.domain(c.domain);
            if (c.expires != null) b.expiresAt(c.expires.toEpochMilli());
            if (c.secure) b.secure();
            if (c.httpOnly) b.httpOnly();
            out.add(b.build());
        }
        return out;
    }

    @Override
    public void saveFromResponse(HttpUrl url, List<Cookie> list) {
        Instant now = clock.instant();
        for (Cookie c : list) {
            Instant expires = c.persistent() ? Instant.ofEpochMilli(Math.max(c.expiresAt(), 0)) : null;
            store(new StoredCookie(c.name(), c.value(), c.domain(), c.path(), c.hostOnly(), expires, c.secure(),
                    c.httpOnly(), null, now, now, nextIndex()));
        }
    }

    private synchronized long nextIndex() {
        return creationIndex++;
    }

    // --- RunCookieJar ---

    @Override
    public List<ResponseCookie> cookiesFor(String url) {
        HttpUrl parsed = HttpUrl.parse(withScheme(url));
        if (parsed == null) return List.of();
        return matching(parsed, false).stream().map(ToughCookieJar::toResponseCookie).toList();
    }

    @Override
    public void set(String url, ResponseCookie cookie) {
        HttpUrl parsed = HttpUrl.parse(withScheme(url));
        if (parsed == null || cookie == null || cookie.name() == null) return;
        Instant now = clock.instant();
        boolean hostOnly = cookie.domain() == null || cookie.domain().isEmpty();
        String domain = hostOnly ? parsed.host() : cookie.domain().replaceFirst("^\\.", "");
        String path = cookie.path() == null || cookie.path().isEmpty() ? defaultPath(parsed) : cookie.path();
        store(new StoredCookie(cookie.name(), cookie.value() == null ? "" : cookie.value(), domain, path, hostOnly,
                cookie.expires() == null ? null : Instant.ofEpochMilli(cookie.expires()), cookie.secure(),
                cookie.httpOnly(), null, now, now, nextIndex()));
    }

    @Override
    public synchronized void unset(String url, String name) {
        HttpUrl parsed = HttpUrl.parse(withScheme(url));
        if (parsed == null) return;
        List<StoredCookie> targets = matching(parsed, false);
        cookies.removeIf(c -> c.key.equals(name) && targets.contains(c));
    }

    @Override
    public synchronized void clear(String url) {
        HttpUrl parsed = HttpUrl.parse(withScheme(url));
        if (parsed == null) return;
        List<StoredCookie> targets = matching(parsed, false);
        cookies.removeIf(targets::contains);
    }

    private static String defaultPath(HttpUrl url) {
        String path = url.encodedPath();
        int last = path.lastIndexOf('/');
        return last <= 0 ? "/" : path.substring(0, last);
    }

    private static String withScheme(String url) {
        return url == null ? "" : url.contains("://") ? url : "http://" + url;
    }

    private static ResponseCookie toResponseCookie(Cookie c) {
        return new ResponseCookie(c.name(), c.value(), c.domain(), c.path(),
                c.persistent() ? c.expiresAt() : null, c.secure(), c.httpOnly(), c.hostOnly());
    }

    private static ResponseCookie toResponseCookie(StoredCookie c) {
        return new ResponseCookie(c.key, c.value, c.domain, c.path, c.expires == null ? null : c.expires.toEpochMilli(),
                c.secure, c.httpOnly, c.hostOnly);
    }

    // --- tough-cookie JSON ---

    @Override
    public synchronized String toToughCookieJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "tough-cookie@4.1.3-postman.1");
        root.put("storeType", "MemoryCookieStore");
        root.put("rejectPublicSuffixes", false);
        root.put("enableLooseMode", true);
        root.put("allowSpecialUseDomain", true);
        root.put("prefixSecurity", "silent");
        ArrayNode list = root.putArray("cookies");
        Instant now = clock.instant();
        for (StoredCookie c : cookies) {
            if (c.expired(now)) continue;
            ObjectNode o = list.addObject();
            if (!c.key.isEmpty()) o.put("key", c.key);
            if (!c.value.isEmpty()) o.put("value", c.value);
            if (c.expires != null) o.put("expires", ISO_MILLIS.format(c.expires));
            o.put("domain", c.domain);
            o.put("path", c.path);
            if (c.secure) o.put("secure", true);
            if (c.httpOnly) o.put("httpOnly", true);
            o.put("hostOnly", c.hostOnly);
            o.put("creation", ISO_MILLIS.format(c.creation));
            o.put("lastAccessed", ISO_MILLIS.format(c.lastAccessed));
            if (c.sameSite != null) o.put("sameSite", c.sameSite);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads cookies from tough-cookie's JSON ({@code CookieJar.toJSON()}), as --cookie-jar does. */
    public synchronized void importToughCookieJson(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        Instant now = clock.instant();
        for (JsonNode c : root.path("cookies")) {
            Instant expires = null;
            String exp = c.path("expires").asText("Infinity");
            if (!exp.equals("Infinity") && !exp.isEmpty()) {
                try {
                    expires = Instant.parse(exp);
                } catch (RuntimeException e) {
                    expires = null;
                }
            }
            if (c.hasNonNull("maxAge") && c.get("maxAge").isNumber()) {
                Instant created = parseOr(c.path("creation").asText(null), now);
                expires = created.plusSeconds(c.get("maxAge").asLong());
            }
            String domain = c.path("domain").asText("");
            if (domain.isEmpty()) continue;
            cookies.add(new StoredCookie(c.path("key").asText(""), c.path("value").asText(""),
                    domain.replaceFirst("^\\.", ""), c.path("path").asText("/"), c.path("hostOnly").asBoolean(false),
                    expires, c.path("secure").asBoolean(false), c.path("httpOnly").asBoolean(false),
                    c.hasNonNull("sameSite") ? c.get("sameSite").asText() : null,
                    parseOr(c.path("creation").asText(null), now), parseOr(c.path("lastAccessed").asText(null), now),
                    creationIndex++));
        }
    }

    private static Instant parseOr(String text, Instant fallback) {
        if (text == null) return fallback;
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
