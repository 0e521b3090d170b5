package io.jnewman.http.auth;

import io.jnewman.model.Auth;

/** {@code apikey}: the key/value pair as a header (default) or as a query parameter ({@code in: query}). */
public final class ApiKeyAuth implements AuthSigner {
    @Override
    public String type() {
        return "apikey";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String key = auth.param("key", "");
        String value = auth.param("value", "");
        if (key.isEmpty() && value.isEmpty()) return request;
        if ("query".equals(auth.param("in"))) return request.withQueryParam(key, value);
        return request.withHeader(key, value);
    }
}
