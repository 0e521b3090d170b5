package io.jnewman.report;

import io.jnewman.http.StatusReasons;
import io.jnewman.http.HttpResponse;
import io.jnewman.model.KeyValue;

/**
 * postman-collection's {@code Response.size()}: the body size plus an approximate header size,
 * {@code "HTTP/X.X <code> <reason>\r\n\r\n"} and one {@code "key: value\r\n"} per header. The cli shows the total.
 */
final class ResponseSize {
    private ResponseSize() {
    }

    static long headers(HttpResponse r) {
        long size = ("HTTP/X.X " + r.code() + " " + StatusReasons.reason(r.code(), r.status()) + "\r\n\r\n").length();
        for (KeyValue h : r.headers()) {
            if (!h.disabled()) size += (h.key() + ": " + (h.value() == null ? "" : h.value()) + "\r\n").length();
        }
        return size;
    }

    static long total(HttpResponse r) {
        return r.responseSize() + headers(r);
    }
}
