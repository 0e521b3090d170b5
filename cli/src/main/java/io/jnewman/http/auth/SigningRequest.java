package io.jnewman.http.auth;

import io.jnewman.http.UrlEncoder;
import io.jnewman.http.WireBody;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Url;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request an auth scheme signs: the resolved model request (headers, URL parts), the encoded body as it will
 * be sent, and whether URL encoding is disabled (it changes the URL a signature covers).
 */
public record SigningRequest(Request request, WireBody body, boolean disableUrlEncoding) {

    public String method() {
        return request.method().toUpperCase();
    }

    /** The URL exactly as it goes on the wire. */
    public String wireUrl() {
        return UrlEncoder.toWire(request.url(), disableUrlEncoding);
    }

    public byte[] bodyBytes() {
        return body.present() ? body.content() : new byte[0];
    }

    public String bodyText() {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    /** The request's Content-Type header, else the one the body mode implies, else null. */
    public String contentType() {
        String own = request.header("Content-Type");
        return own != null ? own : body.contentType();
    }

    /** Replaces any header of this name (signing headers win over the user's, as in postman-runtime). */
    public SigningRequest withHeader(String name, String value) {
        return new SigningRequest(request.withHeader(name, value), body, disableUrlEncoding);
    }

    /** Appends a query parameter, removing any with the same key first. */
    public SigningRequest withQueryParam(String key, String value) {
        List<KeyValue> query = new ArrayList<>();
        for (KeyValue q : request.url().query()) {
            if (!q.key().equals(key)) query.add(q);
        }
        query.add(KeyValue.of(key, value));
        Url url = request.url().withQuery(query);
        return new SigningRequest(request.withUrl(url), body, disableUrlEncoding);
    }

    public SigningRequest withBody(WireBody newBody) {
        return new SigningRequest(request, newBody, disableUrlEncoding);
    }

    public SigningRequest withRequest(Request newRequest) {
        return new SigningRequest(newRequest, body, disableUrlEncoding);
    }
}
