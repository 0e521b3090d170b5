package io.jnewman.http;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static io.jnewman.http.Requests.get;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class ResponseAndErrorTest {
    @RegisterExtension
    final LoopbackHttp http = new LoopbackHttp();


    private Exchange fetch(MockResponse response) {
        http.server().enqueue(response);
        return http.executor().execute(get("http://localhost:" + http.server().getPort() + "/r"), null, RequestOptions.defaults(), null);
    }

    @Test
    void gzipDeflateAndBrotliBodiesAreDecoded() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("gzipped".getBytes(StandardCharsets.UTF_8));
        }
        Exchange g = fetch(new MockResponse().setHeader("Content-Encoding", "gzip").setBody(new Buffer().write(gz.toByteArray())));
        assertThat(g.response().text()).isEqualTo("gzipped");

        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(df)) {
            out.write("deflated".getBytes(StandardCharsets.UTF_8));
        }
        Exchange d = fetch(new MockResponse().setHeader("Content-Encoding", "deflate").setBody(new Buffer().write(df.toByteArray())));
        assertThat(d.response().text()).isEqualTo("deflated");

        byte[] br = Base64.getDecoder().decode("iwqAaGVsbG8gYnJvdGxpIMO8bsOvY29kZQM=");
        Exchange b = fetch(new MockResponse().setHeader("Content-Encoding", "br")
                .setHeader("Content-Type", "text/plain; charset=utf-8").setBody(new Buffer().write(br)));
        assertThat(b.response().text()).isEqualTo("hello brotli ünïcode");
        assertThat(b.response().header("content-encoding")).isEqualTo("br");
    }

    @Test
    void charsetAndBinaryBodiesAreKept() {
        byte[] latin = "café".getBytes(StandardCharsets.ISO_8859_1);
        Exchange e = fetch(new MockResponse().setHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                .setBody(new Buffer().write(latin)));
        assertThat(e.response().text()).isEqualTo("café");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
        Exchange bin = fetch(new MockResponse().setBody(new Buffer().write(binary)));
        assertThat(bin.response().body()).isEqualTo(binary);
        assertThat(bin.response().responseSize()).isEqualTo(binary.length);
    }

    @Test
    void headersStatusAndTimeAreReported() {
        Exchange e = fetch(new MockResponse().setResponseCode(418).setStatus("HTTP/1.1 418 Short and stout")
                .addHeader("X-A", "1").addHeader("X-A", "2").setBodyDelay(120, TimeUnit.MILLISECONDS).setBody("t"));
        assertThat(e.response().code()).isEqualTo(418);
        assertThat(e.response().status()).isEqualTo("Short and stout");
        assertThat(e.response().header("x-a")).isEqualTo("2");
        assertThat(e.response().responseTime()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void refusedConnectionReadsLikeNode() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Exchange e = http.executor().execute(get("http://127.0.0.1:" + port + "/"), null, RequestOptions.defaults(), null);
        assertThat(e.failed()).isTrue();
        assertThat(e.error().code()).isEqualTo("ECONNREFUSED");
        assertThat(e.error().message()).isEqualTo("connect ECONNREFUSED 127.0.0.1:" + port);
        assertThat(e.request().request().header("User-Agent")).isEqualTo("PostmanRuntime/7.39.1");
    }

    @Test
    void unknownHostIsEnotfound() {
        Exchange e = http.executor().execute(get("http://no-such-host.invalid/"), null, RequestOptions.defaults(), null);
        assertThat(e.error().code()).isEqualTo("ENOTFOUND");
        assertThat(e.error().message()).isEqualTo("getaddrinfo ENOTFOUND no-such-host.invalid");
    }

    @Test
    void unresolvedVariableHostIsEnotfoundAndBadProtocolIsReported() {
        Exchange e = http.executor().execute(get("http://{{host}}/get"), null, RequestOptions.defaults(), null);
        assertThat(e.error().message()).isEqualTo("getaddrinfo ENOTFOUND {{host}}");
        Exchange p = http.executor().execute(get("ftp://localhost/x"), null, RequestOptions.defaults(), null);
        assertThat(p.error().message()).isEqualTo("Invalid protocol: ftp:");
    }

    @Test
    void slowHeadersTimeOutAsEtimedoutAndAStalledBodyAsEsockettimedout() {
        http.server().enqueue(new MockResponse().setHeadersDelay(2, TimeUnit.SECONDS).setBody("late"));
        RequestOptions timeout = new RequestOptions(Map.of(), 300, java.nio.file.Path.of("."), true);
        Exchange e = http.executor().execute(get("http://localhost:" + http.server().getPort() + "/slow"), null, timeout, null);
        assertThat(e.error().code()).isEqualTo("ETIMEDOUT");
        assertThat(e.error().message()).isEqualTo("ETIMEDOUT");

        http.server().enqueue(new MockResponse().setBody("0123456789").throttleBody(2, 1, TimeUnit.SECONDS));
        Exchange s = http.executor().execute(get("http://localhost:" + http.server().getPort() + "/stall"), null, timeout, null);
        assertThat(s.error().code()).isEqualTo("ESOCKETTIMEDOUT");
    }

    @Test
    void aDroppedConnectionIsASocketHangUp() {
        http.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        Exchange e = http.executor().execute(get("http://localhost:" + http.server().getPort() + "/drop"), null, RequestOptions.defaults(), null);
        assertThat(e.failed()).isTrue();
        assertThat(e.error().code()).isEqualTo("ECONNRESET");
        assertThat(e.error().message()).isEqualTo("socket hang up");
    }

    @Test
    void connectionsAreReusedAcrossRequests() {
        fetch(new MockResponse().setBody("1"));
        fetch(new MockResponse().setBody("2"));
        assertThat(http.server().getRequestCount()).isEqualTo(2);
        try {
            http.server().takeRequest();
            assertThat(http.server().takeRequest().getSequenceNumber()).isEqualTo(1);
        } catch (InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
