package io.jnewman.http.auth;

import io.jnewman.model.Auth;

/**
 * {@code oauth2}: injects an access token into the Authorization header ({@code headerPrefix}, default "Bearer") or
 * the {@code access_token} query parameter. MAC tokens are ignored as in postman-runtime. When the collection holds
 * no token but a grant is configured, the token comes from {@link OAuth2TokenSource} (beyond Newman).
 */
public final class OAuth2Auth implements AuthSigner {
    private final OAuth2TokenSource tokens;

    public OAuth2Auth(OAuth2TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public String type() {
        return "oauth2";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) throws AuthException {
        String token = auth.param("accessToken", "");
        if (token.isEmpty() && tokens != null && tokens.canFetch(auth)) token = tokens.token(auth);
        if (token.isEmpty()) return request;
        if ("mac".equalsIgnoreCase(auth.param("tokenType", "bearer"))) return request;
        String prefix = auth.param("headerPrefix");
        prefix = prefix == null ? "Bearer" : prefix.trim();
        if (!prefix.isEmpty()) prefix += " ";
        if ("queryParams".equals(auth.param("addTokenTo", "header"))) {
            return request.withQueryParam("access_token", token);
        }
        return request.withHeader("Authorization", prefix + token);
    }
}
