package io.jnewman.report;

import io.jnewman.http.StatusReasons;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.http.ResponseCookie;
import io.jnewman.load.RequestJson;
import io.jnewman.model.KeyValue;
import io.jnewman.run.Cursor;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one run.executions entry in Newman's layout: cursor, item (as loaded), the request as sent (runtime headers
 * flagged {@code system}), the response with its body as a Node Buffer ({@code {"type":"Buffer","data":[…]}}, left out
 * when responses are omitted), the request error, assertions and script errors.
 */
final class ExecutionJson {
    private ExecutionJson() {
    }

    static void write(JsonGenerator g, Execution e, boolean omitResponses, SecretMasker masker) throws IOException {
        g.writeStartObject();
        g.writeFieldName("cursor");
        writeCursor(g, e.cursor());
        g.writeFieldName("item");
        writeNode(g, e.item().json());
        if (!e.prerequestScriptErrors().isEmpty()) writeScriptErrors(g, "prerequestScript", e.prerequestScriptErrors());
        Exchange ex = e.exchange();
        if (ex != null && ex.request() != null) {
            g.writeFieldName("request");
            writeNode(g, requestJson(ex.request()));
        }
        if (ex != null && ex.response() != null) {
            g.writeFieldName("response");
            writeResponse(g, ex.response(), omitResponses, masker);
        }
        g.writeStringField("id", e.item().id());
        if (ex != null && ex.error() != null) {
            g.writeFieldName("requestError");
            writeRequestError(g, ex.error());
        }
        if (!e.assertions().isEmpty()) {
            g.writeArrayFieldStart("assertions");
            for (Assertion a : e.assertions()) writeAssertion(g, a);
            g.writeEndArray();
        }
        if (!e.testScriptErrors().isEmpty()) writeScriptErrors(g, "testScript", e.testScriptErrors());
        if (e.attempts() > 1) {
            // beyond Newman (--retry): only retried executions carry these, so plain runs keep Newman's layout
            g.writeNumberField("attempts", e.attempts());
            g.writeBooleanField("flaky", e.flaky());
            g.writeArrayFieldStart("earlierAttempts");
            for (String failure : e.earlierFailures()) g.writeString(failure);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void writeCursor(JsonGenerator g, Cursor c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("position", c.position());
        g.writeNumberField("iteration", c.iteration());
        g.writeNumberField("length", c.length());
        g.writeNumberField("cycles", c.cycles());
        g.writeBooleanField("empty", c.empty());
        g.writeBooleanField("eof", c.eof());
        g.writeBooleanField("bof", c.bof());
        g.writeBooleanField("cr", c.cr());
        if (c.ref() != null) g.writeStringField("ref", c.ref());
        if (c.httpRequestId() != null) g.writeStringField("httpRequestId", c.httpRequestId());
        g.writeEndObject();
    }

    static void writeNode(JsonGenerator g, JsonNode node) throws IOException {
        if (node == null) g.writeNull();
        else g.writeTree(node);
    }

    private static ObjectNode requestJson(Exchange.SentRequest sent) {
        return RequestJson.toJson(sent.request(), sent.systemHeaders() == null ? Set.of() : sent.systemHeaders());
    }

    private static void writeResponse(JsonGenerator g, HttpResponse r, boolean omitBody, SecretMasker masker)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", UUID.randomUUID().toString());
        g.writeStringField("status", StatusReasons.reason(r.code(), r.status()));
        g.writeNumberField("code", r.code());
        g.writeArrayFieldStart("header");
        for (KeyValue h : r.headers()) {
            g.writeStartObject();
            g.writeStringField("key", h.key());
            g.writeStringField("value", h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!omitBody) {
            g.writeObjectFieldStart("stream");
            g.writeStringField("type", "Buffer");
            g.writeArrayFieldStart("data");
            for (byte b : masker.applyToText(r.body())) g.writeNumber(b & 0xff);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("cookie");
        for (ResponseCookie c : r.cookies()) writeCookie(g, c);
        g.writeEndArray();
        g.writeNumberField("responseTime", r.responseTime());
        g.writeNumberField("responseSize", r.responseSize());
        g.writeEndObject();
    }

    private static void writeCookie(JsonGenerator g, ResponseCookie c) throws IOException {
        g.writeStartObject();
        g.writeStringField("domain", c.domain());
        if (c.expires() != null) g.writeStringField("expires", JsDate.toIsoString(c.expires()));
        g.writeBooleanField("hostOnly", c.hostOnly());
        g.writeBooleanField("httpOnly", c.httpOnly());
        g.writeStringField("key", c.name());
        g.writeStringField("path", c.path());
        g.writeBooleanField("secure", c.secure());
        g.writeBooleanField("session", c.expires() == null);
        g.writeStringField("value", c.value());
        g.writeEndObject();
    }

    /** Node's error fields (errno, code, syscall, address, port) plus the message. */
    private static void writeRequestError(JsonGenerator g, RequestError e) throws IOException {
        g.writeStartObject();
        Integer errno = NodeErrno.of(e.code());
        if (errno != null) g.writeNumberField("errno", errno);
        if (e.code() != null) g.writeStringField("code", e.code());
        if (e.syscall() != null) g.writeStringField("syscall", e.syscall());
        if (e.address() != null) g.writeStringField("address", e.address());
        if (e.port() != null) g.writeNumberField("port", e.port());
        g.writeStringField("message", e.message());
        g.writeEndObject();
    }

    private static void writeAssertion(JsonGenerator g, Assertion a) throws IOException {
        g.writeStartObject();
        g.writeStringField("assertion", a.name());
        g.writeBooleanField("skipped", a.skipped());
        if (a.error() != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("name", a.error().name());
            g.writeNumberField("index", a.index());
            g.writeStringField("test", a.name());
            g.writeStringField("message", a.error().message());
            g.writeStringField("stack", a.error().stack());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeScriptErrors(JsonGenerator g, String field, List<ScriptError> errors) throws IOException {
        g.writeArrayFieldStart(field);
        for (ScriptError e : errors) {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("type", "Error");
            g.writeStringField("name", e.name());
            g.writeStringField("message", e.message());
            if (e.stack() != null) g.writeStringField("stack", e.stack());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
