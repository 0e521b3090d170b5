package io.jnewman.http.auth;

import io.jnewman.model.Auth;

/** {@code bearer}: {@code Authorization: Bearer <token>}; an empty token sends no header (newman 6.2.2). */
public final class BearerAuth implements AuthSigner {
    @Override
    public String type() {
        return "bearer";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String token = auth.param("token");
        if (token == null || token.isEmpty()) return request;
        return request.withHeader("Authorization", "Bearer " + token);
    }
}
