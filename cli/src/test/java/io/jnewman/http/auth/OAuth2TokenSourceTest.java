package io.jnewman.http.auth;

import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class OAuth2TokenSourceTest {
    private final MockWebServer tokenEndpoint = new MockWebServer();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private OAuth2Auth oauth2;

    @BeforeEach
    void start() throws Exception {
        tokenEndpoint.start();
        oauth2 = new OAuth2Auth(new OAuth2TokenSource(new OkHttpClient(), clock));
    }

    @AfterEach
    void stop() throws Exception {
        tokenEndpoint.shutdown();
    }

    private String[] clientCredentials(String... extra) {
        java.util.List<String> p = new java.util.ArrayList<>(java.util.List.of("grant_type", "client_credentials",
                "accessTokenUrl", tokenEndpoint.url("/token").toString(), "clientId", "cli ent", "clientSecret", "s3cr:t",
                "scope", "read write"));
        p.addAll(java.util.List.of(extra));
        return p.toArray(new String[0]);
    }

    @Test
    void clientCredentialsTokenIsFetchedOnceAndCachedUntilItExpires() throws Exception {
        tokenEndpoint.enqueue(new MockResponse().setBody("{\"access_token\":\"first\",\"expires_in\":120}"));
        tokenEndpoint.enqueue(new MockResponse().setBody("{\"access_token\":\"second\",\"expires_in\":120}"));
        var auth = auth("oauth2", clientCredentials());
        assertThat(oauth2.sign(Signing.request("GET", "http://api/"), auth).request().header("Authorization"))
                .isEqualTo("Bearer first");
        assertThat(oauth2.sign(Signing.request("GET", "http://api/"), auth).request().header("Authorization"))
                .isEqualTo("Bearer first");
        RecordedRequest token = tokenEndpoint.takeRequest();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getBody().readUtf8()).isEqualTo("grant_type=client_credentials&scope=read%20write");
        assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("cli+ent:s3cr%3At".getBytes()));
        now = now.plusSeconds(100);
        assertThat(oauth2.sign(Signing.request("GET", "http://api/"), auth).request().header("Authorization"))
                .isEqualTo("Bearer second");
        assertThat(tokenEndpoint.getRequestCount()).isEqualTo(2);
    }

    @Test
    void passwordGrantSendsCredentialsInTheBodyWhenAskedAndRefreshesWithTheRefreshToken() throws Exception {
        tokenEndpoint.enqueue(new MockResponse().setBody("{\"access_token\":\"a1\",\"expires_in\":60,\"refresh_token\":\"r1\"}"));
        tokenEndpoint.enqueue(new MockResponse().setBody("{\"access_token\":\"a2\",\"expires_in\":60}"));
        var auth = auth("oauth2", "grant_type", "password_credentials", "accessTokenUrl", tokenEndpoint.url("/t").toString(),
                "clientId", "id", "clientSecret", "sec", "username", "u", "password", "p w", "client_authentication", "body",
                "addTokenTo", "queryParams");
        assertThat(oauth2.sign(Signing.request("GET", "http://api/x"), auth).wireUrl()).isEqualTo("http://api/x?access_token=a1");
        assertThat(tokenEndpoint.takeRequest().getBody().readUtf8())
                .isEqualTo("grant_type=password&username=u&password=p%20w&client_id=id&client_secret=sec");
        now = now.plusSeconds(3600);
        assertThat(oauth2.sign(Signing.request("GET", "http://api/x"), auth).wireUrl()).isEqualTo("http://api/x?access_token=a2");
        assertThat(tokenEndpoint.takeRequest().getBody().readUtf8()).startsWith("grant_type=refresh_token&refresh_token=r1");
    }

    @Test
    void aStoredTokenWinsAndAFailingEndpointIsAnAuthError() throws Exception {
        tokenEndpoint.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":\"invalid_client\"}"));
        assertThatThrownBy(() -> oauth2.sign(Signing.request("GET", "http://api/"), auth("oauth2", clientCredentials())))
                .isInstanceOf(AuthException.class).hasMessageContaining("answered 401");
        assertThat(tokenEndpoint.getRequestCount()).isEqualTo(1);
        assertThat(oauth2.sign(Signing.request("GET", "http://api/"), auth("oauth2", clientCredentials("accessToken", "kept")))
                .request().header("Authorization")).isEqualTo("Bearer kept");
        assertThat(tokenEndpoint.getRequestCount()).isEqualTo(1);
    }
}
