package io.jnewman.http;

import java.util.List;

/**
 * The run's cookie jar: one for the whole run, shared by requests, pm.cookies and pm.cookies.jar(), imported by
 * --cookie-jar and exported by --export-cookie-jar in tough-cookie's JSON format.
 */
public interface RunCookieJar {
    /** Cookies that would be sent to this URL (domain, path, expiry and secure rules applied). */
    List<ResponseCookie> cookiesFor(String url);

    /** Stores a cookie as if {@code url} had set it; a null domain means host-only for the URL's host. */
    void set(String url, ResponseCookie cookie);

    void unset(String url, String name);

    /** Removes every cookie that would be sent to this URL. */
    void clear(String url);

    /** tough-cookie CookieJar.toJSON() shape, as Newman writes it. */
    String toToughCookieJson();
}
