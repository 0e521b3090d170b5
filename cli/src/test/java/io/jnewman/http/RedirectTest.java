package io.jnewman.http;

import io.jnewman.model.KeyValue;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import static io.jnewman.http.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class RedirectTest {
    @RegisterExtension
    final LoopbackHttp http = new LoopbackHttp();


    private String local(String path) {
        return http.url(path);
    }

    private MockResponse redirect(int code, String location) {
        return new MockResponse().setResponseCode(code).setHeader("Location", location);
    }

    @Test
    void redirectsAreFollowedAndTheLastHopIsTheResponse() throws Exception {
        http.server().enqueue(redirect(302, "/second"));
        http.server().enqueue(redirect(301, local("/third")));
        http.server().enqueue(new MockResponse().setBody("final"));
        Exchange e = http.executor().execute(get(local("/first")), null, RequestOptions.defaults(), null);
        assertThat(e.response().code()).isEqualTo(200);
        assertThat(e.response().text()).isEqualTo("final");
        http.server().takeRequest();
        RecordedRequest second = http.server().takeRequest();
        assertThat(second.getPath()).isEqualTo("/second");
        assertThat(second.getHeader("Referer")).isEqualTo(local("/first"));
        assertThat(http.server().takeRequest().getPath()).isEqualTo("/third");
    }

    @Test
    void ignoreRedirectsReturnsTheThreeHundredResponse() {
        OkHttpExecutor ignoring = OkHttpExecutor.create(HttpSettings.defaults().withIgnoreRedirects(true));
        http.server().enqueue(redirect(302, "/elsewhere"));
        Exchange e = ignoring.execute(get(local("/r")), null, RequestOptions.defaults(), null);
        assertThat(e.response().code()).isEqualTo(302);
        assertThat(http.server().getRequestCount()).isEqualTo(1);
        http.server().enqueue(redirect(302, "/elsewhere"));
        http.server().enqueue(new MockResponse().setBody("followed"));
        Exchange perItem = ignoring.execute(get(local("/r")), null, ppb("followRedirects", true), null);
        assertThat(perItem.response().text()).isEqualTo("followed");
        ignoring.close();
    }

    @Test
    void postBecomesGetWithoutBodyOn302ButKeepsBothOn307() throws Exception {
        http.server().enqueue(redirect(302, "/a"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("POST", local("/p"), raw("data", null)), null, RequestOptions.defaults(), null);
        http.server().takeRequest();
        RecordedRequest afterFound = http.server().takeRequest();
        assertThat(afterFound.getMethod()).isEqualTo("GET");
        assertThat(afterFound.getBodySize()).isZero();
        assertThat(afterFound.getHeader("Content-Type")).isNull();

        http.server().enqueue(redirect(307, "/b"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("POST", local("/p"), raw("data", null)), null, RequestOptions.defaults(), null);
        http.server().takeRequest();
        RecordedRequest afterTemporary = http.server().takeRequest();
        assertThat(afterTemporary.getMethod()).isEqualTo("POST");
        assertThat(afterTemporary.getBody().readUtf8()).isEqualTo("data");
    }

    @Test
    void followOriginalHttpMethodKeepsMethodAndBody() throws Exception {
        http.server().enqueue(redirect(301, "/a"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("PUT", local("/p"), raw("x", null)), null, ppb("followOriginalHttpMethod", true), null);
        http.server().takeRequest();
        RecordedRequest next = http.server().takeRequest();
        assertThat(next.getMethod()).isEqualTo("PUT");
        assertThat(next.getBody().readUtf8()).isEqualTo("x");
    }

    @Test
    void authorizationIsDroppedOnAHostChangeUnlessFollowAuthorizationHeader() throws Exception {
        String otherHost = "http://127.0.0.1:" + http.server().getPort() + "/other";
        http.server().enqueue(redirect(302, otherHost));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                RequestOptions.defaults(), null);
        http.server().takeRequest();
        RecordedRequest dropped = http.server().takeRequest();
        assertThat(dropped.getHeader("Authorization")).isNull();
        assertThat(dropped.getHeader("Host")).isEqualTo("127.0.0.1:" + http.server().getPort());

        http.server().enqueue(redirect(302, otherHost));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                ppb("followAuthorizationHeader", true), null);
        http.server().takeRequest();
        assertThat(http.server().takeRequest().getHeader("Authorization")).isEqualTo("Bearer t");

        http.server().enqueue(redirect(302, "/same-host"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("GET", local("/a"), null, KeyValue.of("Authorization", "Bearer t")), null,
                RequestOptions.defaults(), null);
        http.server().takeRequest();
        assertThat(http.server().takeRequest().getHeader("Authorization")).isEqualTo("Bearer t");
    }

    @Test
    void refererCanBeSuppressed() throws Exception {
        http.server().enqueue(redirect(302, "/a"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(get(local("/r")), null, ppb("removeRefererHeaderOnRedirect", true), null);
        http.server().takeRequest();
        assertThat(http.server().takeRequest().getHeader("Referer")).isNull();
    }

    @Test
    void tooManyRedirectsIsARequestError() {
        for (int i = 0; i < 4; i++) http.server().enqueue(redirect(302, "/loop"));
        Exchange e = http.executor().execute(get(local("/loop")), null, ppb("maxRedirects", 2), null);
        assertThat(e.failed()).isTrue();
        assertThat(e.error().message()).isEqualTo("Exceeded maxRedirects. Probably stuck in a redirect loop " + local("/loop"));
        assertThat(http.server().getRequestCount()).isEqualTo(3);
    }

    @Test
    void cookiesSetDuringRedirectsAreSentOnTheNextHop() throws Exception {
        http.server().enqueue(redirect(302, "/next").addHeader("Set-Cookie", "step=1; Path=/"));
        http.server().enqueue(new MockResponse());
        http.executor().execute(request("GET", local("/start"), null, KeyValue.of("Cookie", "mine=x")), null,
                RequestOptions.defaults(), null);
        assertThat(http.server().takeRequest().getHeader("Cookie")).isEqualTo("mine=x");
        assertThat(http.server().takeRequest().getHeader("Cookie")).isEqualTo("mine=x; step=1");
    }
}
