package io.jnewman.http.auth;

import io.jnewman.model.Auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code basic}: {@code Authorization: Basic base64(username:password)}, empty strings for missing parts. */
public final class BasicAuth implements AuthSigner {
    @Override
    public String type() {
        return "basic";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String credentials = auth.param("username", "") + ":" + auth.param("password", "");
        return request.withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
