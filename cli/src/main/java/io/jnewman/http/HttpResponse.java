package io.jnewman.http;

import io.jnewman.model.KeyValue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A received response, body already decoded from gzip/deflate/br. {@code responseTime} is in milliseconds,
 * {@code responseSize} the body size in bytes as Newman reports it.
 */
public record HttpResponse(int code, String status, List<KeyValue> headers, byte[] body, long responseTime,
                           long responseSize, List<ResponseCookie> cookies) {
    public HttpResponse {
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? new byte[0] : body;
        cookies = cookies == null ? List.of() : List.copyOf(cookies);
    }

    /** The last header of this name (case-insensitive), as pm.response.headers.get returns; or null. */
    public String header(String name) {
        String found = null;
        for (KeyValue h : headers) {
            if (h.key().equalsIgnoreCase(name)) found = h.value();
        }
        return found;
    }

    public Charset charset() {
        String type = header("Content-Type");
        if (type != null) {
            for (String part : type.split(";")) {
                String p = part.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (RuntimeException ignored) {
                        break;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    public String text() {
        return new String(body, charset());
    }

    /** Same response without its body: what reporters keep when they do not need bodies. */
    public HttpResponse withoutBody() {
        return new HttpResponse(code, status, headers, new byte[0], responseTime, responseSize, cookies);
    }
}
