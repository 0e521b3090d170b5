package io.jnewman.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.model.Auth;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Beyond Newman: fetches OAuth 2.0 access tokens at run time for the client-credentials and password grants, or
 * from a stored refresh token, using the collection's oauth2 parameters (accessTokenUrl, clientId, clientSecret,
 * scope, username, password, client_authentication, refreshToken). Tokens are cached for the run per grant and
 * renewed (with the refresh token when the server gave one) 30 seconds before they expire.
 */
public final class OAuth2TokenSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long EXPIRY_MARGIN_SECONDS = 30;

    /** The client is made when the first token is fetched (token endpoints are HTTPS, and TLS set-up costs). */
    private final Supplier<OkHttpClient> client;
    private final Clock clock;
    private final Map<String, CachedToken> cache = new ConcurrentHashMap<>();

    public OAuth2TokenSource(OkHttpClient client, Clock clock) {
        this(() -> client, clock);
    }

    public OAuth2TokenSource(Supplier<OkHttpClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    private record CachedToken(String accessToken, String refreshToken, Instant expiresAt) {
    }

    /** True when the parameters describe a grant this source can perform without a browser. */
    public boolean canFetch(Auth auth) {
        String url = auth.param("accessTokenUrl", "");
        String grant = auth.param("grant_type", "");
        return !url.isEmpty() && (grant.equals("client_credentials") || grant.equals("password_credentials")
                || grant.equals("password") || !auth.param("refreshToken", "").isEmpty());
    }

    public String token(Auth auth) throws AuthException {
        String key = String.join("\n", auth.param("accessTokenUrl", ""), auth.param("grant_type", ""),
                auth.param("clientId", ""), auth.param("scope", ""), auth.param("username", ""));
        CachedToken cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && (cached.expiresAt == null || now.isBefore(cached.expiresAt))) return cached.accessToken;
        String refresh = cached != null && cached.refreshToken != null ? cached.refreshToken : auth.param("refreshToken", "");
        CachedToken fresh = refresh.isEmpty() ? fetch(auth, grantFields(auth)) : fetch(auth, refreshFields(auth, refresh));
        cache.put(key, fresh);
        return fresh.accessToken;
    }

    private static List<String[]> grantFields(Auth auth) {
        String grant = auth.param("grant_type", "");
        List<String[]> fields = new java.util.ArrayList<>();
        if (grant.startsWith("password")) {
            fields.add(new String[]{"grant_type", "password"});
            fields.add(new String[]{"username", auth.param("username", "")});
            fields.add(new String[]{"password", auth.param("password", "")});
        } else {
            fields.add(new String[]{"grant_type", "client_credentials"});
        }
        addScope(auth, fields);
        return fields;
    }

    private static List<String[]> refreshFields(Auth auth, String refreshToken) {
        List<String[]> fields = new java.util.ArrayList<>();
        fields.add(new String[]{"grant_type", "refresh_token"});
        fields.add(new String[]{"refresh_token", refreshToken});
        addScope(auth, fields);
        return fields;
    }

    private static void addScope(Auth auth, List<String[]> fields) {
        String scope = auth.param("scope", "");
        if (!scope.isEmpty()) fields.add(new String[]{"scope", scope});
        String audience = auth.param("audience", "");
        if (!audience.isEmpty()) fields.add(new String[]{"audience", audience});
    }

    private CachedToken fetch(Auth auth, List<String[]> fields) throws AuthException {
        String url = auth.param("refreshTokenUrl", "").isEmpty() || !"refresh_token".equals(fields.get(0)[1])
                ? auth.param("accessTokenUrl", "") : auth.param("refreshTokenUrl", "");
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
        fields.forEach(f -> form.add(f[0], f[1]));
        Request.Builder request = new Request.Builder().header("Accept", "application/json");
        String clientId = auth.param("clientId", "");
        String secret = auth.param("clientSecret", "");
        if ("body".equals(auth.param("client_authentication", "header"))) {
            form.add("client_id", clientId);
            if (!secret.isEmpty()) form.add("client_secret", secret);
        } else if (!clientId.isEmpty()) {
            String basic = Base64.getEncoder().encodeToString((formEncode(clientId) + ":" + formEncode(secret))
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        try {
            request.url(url).post(form.build());
        } catch (IllegalArgumentException e) {
            throw new AuthException("oauth2: invalid accessTokenUrl \"" + url + "\"");
        }
        try (Response response = client.get().newCall(request.build()).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new AuthException("oauth2: token endpoint " + url + " answered " + response.code() + ": " + body);
            }
            JsonNode json = JSON.readTree(body);
            String accessToken = json.path("access_token").asText("");
            if (accessToken.isEmpty()) throw new AuthException("oauth2: no access_token in the response of " + url);
            Instant expiresAt = json.hasNonNull("expires_in")
                    ? clock.instant().plusSeconds(Math.max(0, json.get("expires_in").asLong() - EXPIRY_MARGIN_SECONDS))
                    : null;
            String refresh = json.path("refresh_token").asText(null);
            return new CachedToken(accessToken, refresh, expiresAt);
        } catch (IOException e) {
            throw new AuthException("oauth2: token request to " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** RFC 6749 §2.3.1: client id and secret are form-encoded before Basic encoding. */
    private static String formEncode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
