package io.jnewman.http.auth;

import io.jnewman.model.Auth;

/** {@code noauth}: sends the request as it is (and, in the collection, stops auth inheritance). */
public final class NoAuth implements AuthSigner {
    @Override
    public String type() {
        return "noauth";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        return request;
    }
}
