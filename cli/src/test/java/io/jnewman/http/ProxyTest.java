package io.jnewman.http;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static io.jnewman.http.Requests.get;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class ProxyTest {
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder()
            .encodeToString("proxy user:p@ss".getBytes(StandardCharsets.UTF_8));
    private final MockWebServer target = new MockWebServer();
    private LoopbackProxy proxy;

    @BeforeEach
    void start() throws Exception {
        target.start();
        proxy = new LoopbackProxy(CREDENTIALS);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        target.shutdown();
    }

    private String proxyUrl() {
        return "http://proxy%20user:p%40ss@127.0.0.1:" + proxy.port();
    }

    private Exchange fetch(HttpSettings settings, String url) {
        try (OkHttpExecutor executor = OkHttpExecutor.create(settings)) {
            return executor.execute(get(url), null, RequestOptions.defaults(), null);
        }
    }

    @Test
    void httpProxyFromTheEnvironmentCarriesCredentials() throws Exception {
        target.enqueue(new MockResponse().setBody("via proxy"));
        Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of("HTTP_PROXY", proxyUrl()), null, null),
                "http://localhost:" + target.getPort() + "/p?q=1");
        assertThat(e.response().text()).isEqualTo("via proxy");
        assertThat(proxy.seen).singleElement().satisfies(s -> {
            assertThat(s.requestLine()).isEqualTo("GET http://localhost:" + target.getPort() + "/p?q=1 HTTP/1.1");
            assertThat(s.proxyAuthorization()).isEqualTo(CREDENTIALS);
        });
        assertThat(target.takeRequest().getPath()).isEqualTo("/p?q=1");
    }

    @Test
    void httpsGoesThroughAnAuthenticatedConnectTunnelAndFallsBackToHttpProxy() throws Exception {
        HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        target.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory(), false);
        target.enqueue(new MockResponse().setBody("tunneled"));
        Exchange e = fetch(HttpSettings.defaults().withInsecure(true).withProxy(Map.of("http_proxy", proxyUrl()), null, null),
                "https://localhost:" + target.getPort() + "/s");
        assertThat(e.response().text()).isEqualTo("tunneled");
        assertThat(proxy.seen.get(0).requestLine()).isEqualTo("CONNECT localhost:" + target.getPort() + " HTTP/1.1");
        assertThat(proxy.seen.get(0).proxyAuthorization()).isEqualTo(CREDENTIALS);
    }

    @Test
    void noProxyHostsConnectDirectly() {
        target.enqueue(new MockResponse().setBody("direct"));
        Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of("HTTP_PROXY", proxyUrl(),
                "NO_PROXY", "example.com, localhost:" + target.getPort()), null, null), "http://localhost:" + target.getPort() + "/");
        assertThat(e.response().text()).isEqualTo("direct");
        assertThat(proxy.seen).isEmpty();
    }

    @Test
    void proxyFlagsOverrideTheEnvironment() {
        target.enqueue(new MockResponse().setBody("flag"));
        Exchange viaFlag = fetch(HttpSettings.defaults().withProxy(Map.of("HTTP_PROXY", "http://127.0.0.1:1",
                "NO_PROXY", "localhost"), proxyUrl(), ""), "http://localhost:" + target.getPort() + "/");
        assertThat(viaFlag.response().text()).isEqualTo("flag");
        assertThat(proxy.seen).hasSize(1);

        target.enqueue(new MockResponse().setBody("bypassed"));
        Exchange bypassed = fetch(HttpSettings.defaults().withProxy(Map.of(), proxyUrl(), "*"),
                "http://localhost:" + target.getPort() + "/");
        assertThat(bypassed.response().text()).isEqualTo("bypassed");
        assertThat(proxy.seen).hasSize(1);
    }

    @Test
    void missingProxyCredentialsGiveThe407Response() {
        Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.port()), null, null),
                "http://localhost:" + target.getPort() + "/");
        assertThat(e.response().code()).isEqualTo(407);
    }

    @Test
    void socks5ProxyIsUsedBeyondNewman() throws Exception {
        try (LoopbackSocks5 socks = new LoopbackSocks5()) {
            target.enqueue(new MockResponse().setBody("socks"));
            Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of(), "socks5://127.0.0.1:" + socks.port(), null),
                    "http://localhost:" + target.getPort() + "/");
            assertThat(e.response().text()).isEqualTo("socks");
            assertThat(socks.targets).singleElement().asString().endsWith(":" + target.getPort());
        }
    }

    @Test
    void socks5ProxyWithCredentialsAuthenticatesWithThem() throws Exception {
        try (LoopbackSocks5 socks = new LoopbackSocks5("alice", "s3cret")) {
            target.enqueue(new MockResponse().setBody("socks-auth"));
            Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of(),
                    "socks5://alice:s3cret@127.0.0.1:" + socks.port(), null), "http://localhost:" + target.getPort() + "/");
            assertThat(e.response().text()).isEqualTo("socks-auth");
            assertThat(socks.users).containsExactly("alice");
        }
    }

    @Test
    void socks5ProxyRefusingTheCredentialsIsARequestError() throws Exception {
        try (LoopbackSocks5 socks = new LoopbackSocks5("alice", "s3cret")) {
            Exchange e = fetch(HttpSettings.defaults().withProxy(Map.of(),
                    "socks5://alice:wrong@127.0.0.1:" + socks.port(), null), "http://localhost:" + target.getPort() + "/");
            assertThat(e.error()).isNotNull();
            assertThat(socks.users).isEmpty();
        }
    }
}
