package io.jnewman.http;

import io.jnewman.model.KeyValue;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.jnewman.http.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class RedirectTest {
    private final MockWebServer server = new MockWebServer();
    private OkHttpExecutor executor;

    @BeforeEach
    void start() throws Exception {
        server.start();
        executor = OkHttpExecutor.create(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        executor.close();
        server.shutdown();
    }

    private String local(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    private MockResponse redirect(int code, String location) {
        return new MockResponse().setResponseCode(code).setHeader("Location", location);
    }

    @Test
    void redirectsAreFollowedAndTheLastHopIsTheResponse() throws Exception {
        server.enqueue(redirect(302, "/second"));
        server.enqueue(redirect(301, local("/third")));
        server.enqueue(new MockResponse().setBody("final"));
        Exchange e = executor.execute(get(local("/first")), null, RequestOptions.defaults(), null);
        assertThat(e.response().code()).isEqualTo(200);
        assertThat(e.response().text()).isEqualTo("final");
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getPath()).isEqualTo("/second");
        assertThat(second.getHeader("Referer")).isEqualTo(local("/first"));
        assertThat(server.takeRequest().getPath()).isEqualTo("/third");
    }

    @Test
    void ignoreRedirectsReturnsTheThreeHundredResponse() {
        OkHttpExecutor ignoring = OkHttpExecutor.create(HttpSettings.defaults().withIgnoreRedirects(true));
        server.enqueue(redirect(302, "/elsewhere"));
        Exchange e = ignoring.execute(get(local("/r")), null, RequestOptions.defaults(), null);
        assertThat(e.response().code()).isEqualTo(302);
        assertThat(server.getRequestCount()).isEqualTo(1);
        server.enqueue(redirect(302, "/elsewhere"));
        server.enqueue(new MockResponse().setBody("followed"));
        Exchange perItem = ignoring.execute(get(local("/r")), null, ppb("followRedirects", true), null);
        assertThat(perItem.response().text()).isEqualTo("followed");
        ignoring.close();
    }

    @Test
    void postBecomesGetWithoutBodyOn302ButKeepsBothOn307() throws Exception {
        server.enqueue(redirect(302, "/a"));
        server.enqueue(new MockResponse());
        executor.execute(request("POST", local("/p"), raw("data", null)), null, RequestOptions.defaults(), null);
        server.takeRequest();
        RecordedRequest afterFound = server.takeRequest();
        assertThat(afterFound.getMethod()).isEqualTo("GET");
        assertThat(afterFound.getBodySize()).isZero();
        assertThat(afterFound.getHeader("Content-Type")).isNull();

        server.enqueue(redirect(307, "/b"));
        server.enqueue(new MockResponse());
        executor.execute(request("POST", local("/p"), raw("data", null)), null, RequestOptions.defaults(), null);
        server.takeRequest();
        RecordedRequest afterTemporary = server.takeRequest();
        assertThat(afterTemporary.getMethod()).isEqualTo("POST");
        assertThat(afterTemporary.getBody().readUtf8()).isEqualTo("data");
    }

    @Test
    void followOriginalHttpMethodKeepsMethodAndBody() throws Exception {
        server.enqueue(redirect(301, "/a"));
        server.enqueue(new MockResponse());
        executor.execute(request("PUT", local("/p"), raw("x", null)), null, ppb("followOriginalHttpMethod", true), null);
        server.takeRequest();
        RecordedRequest next = server.takeRequest();
        assertThat(next.getMethod()).isEqualTo("PUT");
        assertThat(next.getBody().readUtf8()).isEqualTo("x");
    }

    @Test
    void authorizationIsDroppedOnAHostChangeUnlessFollowAuthorizationHeader() throws Exception {
        String otherHost = "http://127.0.0.1:" + server.getPort() + "/other";
        server.enqueue(redirect(302, otherHost));
        server.enqueue(new MockResponse());
        executor.execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                RequestOptions.defaults(), null);
        server.takeRequest();
        RecordedRequest dropped = server.takeRequest();
        assertThat(dropped.getHeader("Authorization")).isNull();
        assertThat(dropped.getHeader("Host")).isEqualTo("127.0.0.1:" + server.getPort());

        server.enqueue(redirect(302, otherHost));
        server.enqueue(new MockResponse());
        executor.execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                ppb("followAuthorizationHeader", true), null);
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t");

        server.enqueue(redirect(302, "/same-host"));
        server.enqueue(new MockResponse());
        executor.execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                RequestOptions.defaults(), null);
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer t");
    }

    @Test
    void refererCanBeSuppressed() throws Exception {
        server.enqueue(redirect(302, "/a"));
        server.enqueue(new MockResponse());
        executor.execute(get(local("/r")), null, ppb("removeRefererHeaderOnRedirect", true), null);
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("Referer")).isNull();
    }

    @Test
    void tooManyRedirectsIsARequestError() {
        for (int i = 0; i < 4; i++) server.enqueue(redirect(302, "/loop"));
        Exchange e = executor.execute(get(local("/loop")), null, ppb("maxRedirects", 2), null);
        assertThat(e.failed()).isTrue();
        assertThat(e.error().message()).isEqualTo("Exceeded maxRedirects. Probably stuck in a redirect loop " + local("/loop"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void cookiesSetDuringRedirectsAreSentOnTheNextHop() throws Exception {
        server.enqueue(redirect(302, "/next").addHeader("Set-Cookie", "step=1; Path=/"));
        server.enqueue(new MockResponse());
        executor.execute(request("GET", local("/start"), null, KeyValue.of("Cookie", "mine=x")), null,
                RequestOptions.defaults(), null);
        assertThat(server.takeRequest().getHeader("Cookie")).isEqualTo("mine=x");
        assertThat(server.takeRequest().getHeader("Cookie")).isEqualTo("mine=x; step=1");
    }
}
