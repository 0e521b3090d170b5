package io.jnewman.script;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.http.ResponseCookie;
import io.jnewman.http.RunCookieJar;

import java.time.Instant;

/** pm.cookies.jar() over the run's cookie jar; Newman's jar allows every domain. */
final class CookieAccess {
    private final RunCookieJar jar;

    CookieAccess(RunCookieJar jar) {
        this.jar = jar;
    }

    String get(String url, String name) {
        for (ResponseCookie c : jar().cookiesFor(url)) {
            if (c.name().equals(name)) return Json.write(ExchangeJson.cookie(c));
        }
        return null;
    }

    String getAll(String url) {
        return Json.write(ExchangeJson.cookies(jar().cookiesFor(url)));
    }

    String set(String url, String cookieJson) {
        JsonNode c = Json.read(cookieJson);
        Long expires = null;
        JsonNode e = c.get("expires");
        if (e != null && e.isTextual()) {
            try {
                expires = Instant.parse(e.asText()).toEpochMilli();
            } catch (RuntimeException ignored) {
                expires = null;
            }
        } else if (e != null && e.isNumber()) {
            expires = e.asLong();
        }
        String domain = text(c, "domain");
        ResponseCookie cookie = new ResponseCookie(text(c, "name"), text(c, "value") == null ? "" : text(c, "value"),
                domain, text(c, "path"), expires, c.path("secure").asBoolean(false), c.path("httpOnly").asBoolean(false),
                domain == null);
        jar().set(url, cookie);
        return Json.write(ExchangeJson.cookie(cookie));
    }

    void unset(String url, String name) {
        jar().unset(url, name);
    }

    void clear(String url) {
        jar().clear(url);
    }

    private RunCookieJar jar() {
        if (jar == null) throw new IllegalStateException("no cookie jar in this run");
        return jar;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
