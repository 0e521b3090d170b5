package io.jnewman.http;

/** A cookie set by a response, in the fields pm.response.cookies and the JSON report expose. */
public record ResponseCookie(String name, String value, String domain, String path, Long expires, boolean secure,
                             boolean httpOnly, boolean hostOnly) {
}
