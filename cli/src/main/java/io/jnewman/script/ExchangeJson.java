package io.jnewman.script;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.http.ResponseCookie;
import io.jnewman.model.KeyValue;

import java.util.List;
import java.util.UUID;

/** Responses, request errors and cookies in the JSON shape the glue builds pm.response and cookie lists from. */
final class ExchangeJson {
    private ExchangeJson() {
    }

    /** {response: {code, status, headers, responseTime, responseSize, headerSize, cookies}, body} or {error}. */
    static ObjectNode of(Exchange exchange) {
        ObjectNode out = Json.NODES.objectNode();
        if (exchange == null) return out;
        if (exchange.response() != null) {
            out.set("response", response(exchange.response()));
            out.put("body", exchange.response().text());
        } else if (exchange.error() != null) {
            out.set("error", error(exchange.error()));
        }
        return out;
    }

    static ObjectNode response(HttpResponse r) {
        ObjectNode meta = Json.NODES.objectNode();
        // a response has an id of its own in the sandbox, as postman-runtime gives each one
        meta.put("id", UUID.randomUUID().toString());
        meta.put("code", r.code());
        if (r.status() != null) meta.put("status", r.status());
        ArrayNode headers = meta.putArray("headers");
        // the size of the whole head as it came: status line, header lines and the blank line after them
        int headerSize = ("HTTP/1.1 " + r.code() + " " + (r.status() == null ? "" : r.status())).length() + 2 + 2;
        for (KeyValue h : r.headers()) {
            ObjectNode o = headers.addObject();
            o.put("key", h.key());
            o.put("value", h.value());
            headerSize += h.key().length() + (h.value() == null ? 0 : h.value().length()) + 4;
        }
        meta.put("responseTime", r.responseTime());
        meta.put("responseSize", r.responseSize());
        meta.put("headerSize", headerSize);
        meta.set("cookies", cookies(r.cookies()));
        return meta;
    }

    static ObjectNode error(RequestError e) {
        ObjectNode o = Json.NODES.objectNode();
        if (e.message() != null) o.put("message", e.message());
        if (e.code() != null) {
            o.put("code", e.code());
            o.put("errno", e.code());
        }
        if (e.syscall() != null) o.put("syscall", e.syscall());
        if (e.address() != null) o.put("address", e.address());
        if (e.port() != null) o.put("port", e.port());
        return o;
    }

    static ArrayNode cookies(List<ResponseCookie> cookies) {
        ArrayNode arr = Json.NODES.arrayNode();
        for (ResponseCookie c : cookies) arr.add(cookie(c));
        return arr;
    }

    static ObjectNode cookie(ResponseCookie c) {
        ObjectNode o = Json.NODES.objectNode();
        o.put("name", c.name());
        o.put("value", c.value());
        if (c.domain() != null) o.put("domain", c.domain());
        if (c.path() != null) o.put("path", c.path());
        if (c.expires() != null) o.put("expires", java.time.Instant.ofEpochMilli(c.expires()).toString());
        o.put("secure", c.secure());
        o.put("httpOnly", c.httpOnly());
        o.put("hostOnly", c.hostOnly());
        return o;
    }
}
