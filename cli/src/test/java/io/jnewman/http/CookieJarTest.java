package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.jnewman.http.Requests.get;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class CookieJarTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ToughCookieJar jar = new ToughCookieJar(clock);

    /** A clock the test moves forward to expire cookies. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

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
    }

    private void setCookies(String url, String... values) {
        Headers.Builder h = new Headers.Builder();
        for (String v : values) h.add("Set-Cookie", v);
        jar.storeFromResponse(HttpUrl.get(url), h.build());
    }

    @Test
    void hostOnlyCookiesStayOnTheirHostAndDomainCookiesReachSubdomains() {
        setCookies("http://example.com/", "host=1", "dom=2; Domain=example.com");
        assertThat(jar.cookieHeader(HttpUrl.get("http://example.com/"))).isEqualTo("host=1; dom=2");
        assertThat(jar.cookieHeader(HttpUrl.get("http://api.example.com/"))).isEqualTo("dom=2");
        assertThat(jar.cookieHeader(HttpUrl.get("http://other.com/"))).isNull();
    }

    @Test
    void pathSecureAndExpiryRulesApplyAndLongerPathsComeFirst() {
        setCookies("https://example.com/a/b", "deflt=1", "root=2; Path=/", "api=3; Path=/api", "sec=4; Secure; Path=/",
                "short=5; Max-Age=60; Path=/");
        assertThat(jar.cookieHeader(HttpUrl.get("https://example.com/a/x"))).isEqualTo("deflt=1; root=2; sec=4; short=5");
        assertThat(jar.cookieHeader(HttpUrl.get("http://example.com/api/v1"))).isEqualTo("api=3; root=2; short=5");
        assertThat(jar.cookieHeader(HttpUrl.get("http://example.com/apix"))).isEqualTo("root=2; short=5");
        clock.now = clock.now.plusSeconds(61);
        assertThat(jar.cookieHeader(HttpUrl.get("http://example.com/"))).isEqualTo("root=2");
    }

    @Test
    void anExpiredSetCookieDeletesTheStoredOne() {
        setCookies("http://example.com/", "a=1");
        setCookies("http://example.com/", "a=gone; Max-Age=0");
        assertThat(jar.cookieHeader(HttpUrl.get("http://example.com/"))).isNull();
    }

    @Test
    void scriptsCanSetReadUnsetAndClear() {
        jar.set("http://example.com/", new ResponseCookie("s", "v", null, null, null, false, false, true));
        jar.set("http://example.com/", new ResponseCookie("t", "w", null, null, null, false, false, true));
        assertThat(jar.cookiesFor("http://example.com/x")).extracting(ResponseCookie::name).containsExactly("s", "t");
        assertThat(jar.cookiesFor("http://example.com/x").get(0).hostOnly()).isTrue();
        jar.unset("http://example.com/", "s");
        assertThat(jar.cookiesFor("http://example.com/")).extracting(ResponseCookie::name).containsExactly("t");
        jar.clear("http://example.com/");
        assertThat(jar.cookiesFor("http://example.com/")).isEmpty();
    }

    @Test
    void exportsToughCookieJsonAndImportsItBack() throws Exception {
        setCookies("http://localhost/", "a=1; Path=/; HttpOnly", "b=2; Expires=Wed, 01 Jan 2031 00:00:00 GMT");
        JsonNode json = new ObjectMapper().readTree(jar.toToughCookieJson());
        assertThat(json.path("version").asText()).isEqualTo("tough-cookie@4.1.3-postman.1");
        assertThat(json.path("storeType").asText()).isEqualTo("MemoryCookieStore");
        assertThat(json.path("rejectPublicSuffixes").asBoolean(true)).isFalse();
        assertThat(json.path("enableLooseMode").asBoolean()).isTrue();
        assertThat(json.path("allowSpecialUseDomain").asBoolean()).isTrue();
        assertThat(json.path("prefixSecurity").asText()).isEqualTo("silent");
        JsonNode a = json.path("cookies").get(0);
        assertThat(a.toString()).isEqualTo("{\"key\":\"a\",\"value\":\"1\",\"domain\":\"localhost\",\"path\":\"/\","
                + "\"httpOnly\":true,\"hostOnly\":true,\"creation\":\"2026-01-01T00:00:00.000Z\","
                + "\"lastAccessed\":\"2026-01-01T00:00:00.000Z\"}");
        assertThat(json.path("cookies").get(1).path("expires").asText()).isEqualTo("2031-01-01T00:00:00.000Z");

        ToughCookieJar copy = new ToughCookieJar(clock);
        copy.importToughCookieJson(jar.toToughCookieJson());
        assertThat(copy.cookieHeader(HttpUrl.get("http://localhost/x"))).isEqualTo("a=1; b=2");
    }

    @Test
    void theRunJarIsPreloadedFromCookieJarFileAndDisableCookiesSkipsIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jar.json"), "{\"version\":\"tough-cookie@4.1.3\",\"cookies\":[{\"key\":\"pre\","
                + "\"value\":\"loaded\",\"domain\":\"localhost\",\"path\":\"/\",\"hostOnly\":true,"
                + "\"creation\":\"2026-01-01T00:00:00.000Z\"}]}");
        try (MockWebServer server = new MockWebServer();
             OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults()
                     .withWorkingDir(dir, true).withCookieJar(Path.of("jar.json")))) {
            server.enqueue(new MockResponse().addHeader("Set-Cookie", "fresh=1"));
            server.enqueue(new MockResponse());
            server.enqueue(new MockResponse().addHeader("Set-Cookie", "ignored=1"));
            server.enqueue(new MockResponse());
            String url = "http://localhost:" + server.getPort() + "/";
            Exchange first = executor.execute(get(url), null, RequestOptions.defaults(), null);
            assertThat(first.response().cookies()).extracting(ResponseCookie::name).containsExactly("pre", "fresh");
            assertThat(first.request().request().header("Cookie")).isEqualTo("pre=loaded");
            assertThat(first.request().systemHeaders()).contains("Cookie");
            executor.execute(get(url), null, RequestOptions.defaults(), null);
            executor.execute(get(url), null, Requests.ppb("disableCookies", true), null);
            executor.execute(get(url), null, RequestOptions.defaults(), null);
            assertThat(server.takeRequest().getHeader("Cookie")).isEqualTo("pre=loaded");
            assertThat(server.takeRequest().getHeader("Cookie")).isEqualTo("pre=loaded; fresh=1");
            assertThat(server.takeRequest().getHeader("Cookie")).isNull();
            assertThat(server.takeRequest().getHeader("Cookie")).isEqualTo("pre=loaded; fresh=1");
        }
    }
}
