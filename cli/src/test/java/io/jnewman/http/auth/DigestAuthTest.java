package io.jnewman.http.auth;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpSettings;
import io.jnewman.http.OkHttpExecutor;
import io.jnewman.http.RequestOptions;
import io.jnewman.model.Auth;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class DigestAuthTest {
    private static DigestAuth.Params rfc7616(String algorithm, String hashAlgo) {
        return new DigestAuth.Params(algorithm, hashAlgo, "Mufasa", "http-auth@example.org", "Circle of Life", "GET",
                "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001",
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", "auth",
                "/dir/index.html", null);
    }

    @Test
    void matchesTheRfc7616Md5AndSha256Examples() {
        assertThat(DigestAuth.header(rfc7616("MD5", "MD5"))).isEqualTo("Digest username=\"Mufasa\", "
                + "realm=\"http-auth@example.org\", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                + "uri=\"/dir/index.html\", algorithm=\"MD5\", qop=auth, nc=00000001, "
                + "cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", "
                + "response=\"8ca523f5e9506fed4657c9700eebdbec\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"");
        assertThat(DigestAuth.header(rfc7616("SHA-256", "SHA-256")))
                .contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"");
    }

    @Test
    void matchesTheRfc2617Example() {
        DigestAuth.Params p = new DigestAuth.Params("MD5", "MD5", "Mufasa", "testrealm@host.com", "Circle Of Life",
                "GET", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "5ccc069c403ebaf9f0171e9517f40e41",
                "auth", "/dir/index.html", null);
        assertThat(DigestAuth.header(p)).contains("response=\"6629fae49393a05397450978507c4ef1\"");
    }

    @Test
    void withoutRealmAndNonceTheRequestIsUnsigned() throws Exception {
        SigningRequest r = new DigestAuth().sign(Signing.request("GET", "http://h/"), auth("digest", "username", "u"));
        assertThat(r.request().header("Authorization")).isNull();
    }

    @Test
    void aChallengeIsAnsweredByReplayingAgainstAVerifyingServer() throws Exception {
        try (MockWebServer server = new MockWebServer();
             OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults())) {
            server.setDispatcher(new VerifyingDigestServer("user", "pass"));
            Request request = new Request("GET", Url.parse("http://localhost:" + server.getPort() + "/digest-auth?x=1"),
                    List.of(), null, null, null);
            Exchange ok = executor.execute(request, auth("digest", "username", "user", "password", "pass"),
                    RequestOptions.defaults(), null);
            assertThat(ok.response().code()).isEqualTo(200);
            assertThat(ok.replayed()).singleElement().satisfies(first -> {
                assertThat(first.response().code()).isEqualTo(401);
                assertThat(first.request().request().header("Authorization")).isNull();
            });
            assertThat(ok.request().request().header("Authorization")).startsWith("Digest username=\"user\"");
            assertThat(server.getRequestCount()).isEqualTo(2);

            Exchange wrong = executor.execute(request, auth("digest", "username", "user", "password", "nope"),
                    RequestOptions.defaults(), null);
            assertThat(wrong.response().code()).isEqualTo(401);
            assertThat(server.getRequestCount()).isEqualTo(4);

            Exchange noRetry = executor.execute(request, auth("digest", "username", "user", "password", "pass",
                    "disableRetryRequest", "true"), RequestOptions.defaults(), null);
            assertThat(noRetry.response().code()).isEqualTo(401);
            assertThat(server.getRequestCount()).isEqualTo(5);
        }
    }

    /** Challenges with qop=auth and checks the response digest with its own MD5 computation. */
    static final class VerifyingDigestServer extends Dispatcher {
        private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");
        private final String user;
        private final String password;

        VerifyingDigestServer(String user, String password) {
            this.user = user;
            this.password = password;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String header = request.getHeader("Authorization");
            MockResponse challenge = new MockResponse().setResponseCode(401)
                    .addHeader("WWW-Authenticate", "Digest realm=\"users@x\", nonce=\"abc123\", qop=\"auth\", opaque=\"op\"");
            if (header == null || !header.startsWith("Digest ")) return challenge;
            Map<String, String> p = new HashMap<>();
            Matcher m = PARAM.matcher(header.substring(7));
            while (m.find()) p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            String ha1 = md5(user + ":" + p.get("realm") + ":" + password);
            String ha2 = md5(request.getMethod() + ":" + request.getPath());
            String expected = md5(ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
            boolean valid = expected.equals(p.get("response")) && request.getPath().equals(p.get("uri"))
                    && "op".equals(p.get("opaque"));
            return valid ? new MockResponse().setBody("{\"authenticated\":true}") : challenge;
        }

        private static String md5(String s) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void replayAuthCarriesTheChallengeValues() {
        Auth next = new DigestAuth().replayWith(auth("digest", "username", "u"),
                new AuthChallenge(401, List.of(KeyValue.of("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", opaque=\"o\""))));
        assertThat(next.params()).containsEntry("realm", "r").containsEntry("nonce", "n").containsEntry("opaque", "o");
        assertThat(new DigestAuth().replayWith(next,
                new AuthChallenge(401, List.of(KeyValue.of("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\""))))).isNull();
    }
}
