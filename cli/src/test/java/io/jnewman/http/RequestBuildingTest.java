package io.jnewman.http;

import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.jnewman.http.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Timeout(20)
class RequestBuildingTest {
    @RegisterExtension
    final LoopbackHttp http = new LoopbackHttp();
    @TempDir
    Path dir;


    private String url(String path) {
        return http.url(path);
    }

    private RecordedRequest send(io.jnewman.model.Request request, RequestOptions options, Warnings warnings)
            throws InterruptedException {
        http.server().enqueue(new MockResponse().setBody("ok"));
        Exchange exchange = http.executor().execute(request, null, options, warnings);
        assertThat(exchange.error()).isNull();
        return http.server().takeRequest();
    }

    @Test
    void addsNewmansSystemHeadersInOrderAndFlagsThem() throws Exception {
        http.server().enqueue(new MockResponse().setBody("ok"));
        Exchange exchange = http.executor().execute(get(url("/get")), null, RequestOptions.defaults(), null);
        RecordedRequest r = http.server().takeRequest();
        assertThat(r.getHeader("User-Agent")).isEqualTo("PostmanRuntime/7.39.1");
        assertThat(r.getHeader("Accept")).isEqualTo("*/*");
        assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.getHeader("Postman-Token")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(r.getHeader("Host")).isEqualTo("localhost:" + http.server().getPort());
        assertThat(r.getHeader("Accept-Encoding")).isEqualTo("gzip, deflate, br");
        assertThat(r.getHeader("Connection")).isEqualTo("keep-alive");
        assertThat(r.getHeader("Upgrade")).isNull();
        assertThat(exchange.request().systemHeaders()).containsExactly("User-Agent", "Accept", "Cache-Control",
                "Postman-Token", "Host", "Accept-Encoding", "Connection");
        assertThat(exchange.response().text()).isEqualTo("ok");
        assertThat(exchange.response().status()).isEqualTo("OK");
    }

    @Test
    void urlCredentialsAreSentButAreNoHeaderOfTheRequestAsSent() throws Exception {
        // as node's http does for newman: the URL's user and password go on the wire as Basic auth, and the request
        // that reports and test scripts see has no Authorization header (its URL carries them)
        http.server().enqueue(new MockResponse().setBody("ok"));
        String url = url("/creds").replace("://", "://u:p@");
        Exchange exchange = http.executor().execute(get(url), null, RequestOptions.defaults(), null);
        RecordedRequest r = http.server().takeRequest();
        assertThat(r.getHeader("Authorization")).isEqualTo("Basic dTpw");
        assertThat(exchange.request().request().headers()).extracting(KeyValue::key).doesNotContain("Authorization");
        assertThat(exchange.request().systemHeaders()).doesNotContain("Authorization");
        assertThat(exchange.request().request().url().auth()).isEqualTo("u:p");
    }

    @Test
    void userHeadersOverrideSystemOnesAndDisabledOnesAreNotSent() throws Exception {
        var request = request("GET", url("/h"), null, KeyValue.of("user-agent", "mine"),
                new KeyValue("X-Off", "no", true, null), KeyValue.of("X-On", "yes"));
        RecordedRequest r = send(request, RequestOptions.defaults(), null);
        assertThat(r.getHeaders().values("User-Agent")).containsExactly("mine");
        assertThat(r.getHeader("X-Off")).isNull();
        assertThat(r.getHeader("X-On")).isEqualTo("yes");
    }

    @Test
    void disabledSystemHeadersAreLeftOut() throws Exception {
        var ppb = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("accept-encoding", true).put("postman-token", true).put("user-agent", true);
        RecordedRequest r = send(get(url("/d")), ppb("disabledSystemHeaders", ppb), null);
        assertThat(r.getHeader("Postman-Token")).isNull();
        assertThat(r.getHeader("User-Agent")).isNull();
        assertThat(r.getHeader("Accept")).isEqualTo("*/*");
    }

    @Test
    void rawJsonBodyGetsContentTypeFromLanguageAndLosesComments() throws Exception {
        var body = raw("{\n  // note\n  \"a\": \"http://x\", /* block */ \"b\": 1\n}", "json");
        RecordedRequest r = send(request("POST", url("/post"), body), RequestOptions.defaults(), null);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(r.getBody().readUtf8()).isEqualTo("{\n  \n  \"a\": \"http://x\",  \"b\": 1\n}");
        assertThat(r.getHeader("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
    }

    @Test
    void rawBodyWithoutLanguageIsTextPlainAndKeepsAUserContentType() throws Exception {
        RecordedRequest plain = send(request("POST", url("/p"), raw("hi // there", null)), RequestOptions.defaults(), null);
        assertThat(plain.getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(plain.getBody().readUtf8()).isEqualTo("hi // there");
        RecordedRequest xml = send(request("PUT", url("/p"), raw("<a/>", "json"), KeyValue.of("Content-Type", "text/xml")),
                RequestOptions.defaults(), null);
        assertThat(xml.getHeaders().values("Content-Type")).containsExactly("text/xml");
    }

    @Test
    void urlencodedBodyGroupsRepeatedKeysAndEscapesLikeNodeQuerystring() throws Exception {
        var body = urlencoded(KeyValue.of("a", "1 2"), KeyValue.of("b", "x&y=z!'()*~"), KeyValue.of("a", "3"),
                new KeyValue("off", "x", true, null), KeyValue.of("2", "two"), KeyValue.of("ü", null));
        RecordedRequest r = send(request("POST", url("/f"), body), RequestOptions.defaults(), null);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(r.getBody().readUtf8()).isEqualTo("2=two&a=1%202&a=3&b=x%26y%3Dz!'()*~&%C3%BC=");
    }

    @Test
    void formdataSendsTextAndSeveralFilesWithTypesAndLeavesOutAMissingOneWithAWarning() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "alpha");
        Files.writeString(dir.resolve("b.json"), "{}");
        var typed = new io.jnewman.model.FormParam("t", "v", "text", null, false, "application/x-custom", false, null);
        var body = formdata(text("k", "v1"), typed, fileParam("files", "a.txt", "b.json"), fileParam("gone", "nope.bin"));
        Warnings warnings = new Warnings();
        RecordedRequest r = send(request("POST", url("/upload"), body), options(dir), warnings);
        String contentType = r.getHeader("Content-Type");
        assertThat(contentType).matches("multipart/form-data; boundary=-{26}\\d{24}");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        assertThat(r.getBody().readUtf8()).isEqualTo(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"k\"\r\n\r\nv1\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"t\"\r\nContent-Type: application/x-custom\r\n\r\nv\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nalpha\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"b.json\"\r\nContent-Type: application/json\r\n\r\n{}\r\n"
                        + "--" + boundary + "--\r\n");
        assertThat(warnings.list).containsExactly("Form param `gone`, file load error: \"nope.bin\", no such file");
    }

    @Test
    void binaryFileBodyIsReadRelativeToTheWorkingDirectory() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        Files.write(dir.resolve("blob.bin"), bytes);
        RecordedRequest r = send(request("POST", url("/bin"), file("blob.bin")), options(dir), null);
        assertThat(r.getBody().readByteArray()).isEqualTo(bytes);
        assertThat(r.getHeader("Content-Type")).isNull();
    }

    @Test
    void filesOutsideTheWorkingDirectoryAreRefusedWithoutInsecureFileRead() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "s");
        Path work = Files.createDirectory(dir.resolve("work"));
        Warnings warnings = new Warnings();
        RequestOptions strict = new RequestOptions(java.util.Map.of(), 0, work, false);
        RecordedRequest r = send(request("POST", url("/bin"), file(outside.toString())), strict, warnings);
        assertThat(r.getBodySize()).isZero();
        assertThat(warnings.list).containsExactly("Binary file load error: PPERM: insecure file access outside working directory");
    }

    @Test
    void graphqlBodyIsJsonWithVariablesPassedThrough() throws Exception {
        RecordedRequest r = send(request("POST", url("/gql"), graphql("{ me { \"id\" } }", "{\"a\":1}")),
                RequestOptions.defaults(), null);
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(r.getBody().readUtf8()).isEqualTo("{\"query\":\"{ me { \\\"id\\\" } }\",\"variables\":{\"a\":1}}");
        RecordedRequest empty = send(request("POST", url("/gql"), graphql("q", "")), RequestOptions.defaults(), null);
        assertThat(empty.getBody().readUtf8()).isEqualTo("{\"query\":\"q\"}");
    }

    @Test
    void getLikeMethodsDropTheirBodyUnlessPruningIsDisabled() throws Exception {
        RecordedRequest pruned = send(request("GET", url("/g"), raw("payload", null)), RequestOptions.defaults(), null);
        assertThat(pruned.getBodySize()).isZero();
        assertThat(pruned.getHeader("Content-Type")).isNull();
        RecordedRequest delete = send(request("DELETE", url("/g"), raw("payload", null)), RequestOptions.defaults(), null);
        assertThat(delete.getBody().readUtf8()).isEqualTo("payload");
    }

    @Test
    void getWithBodyIsSentWhenPruningIsDisabled() throws Exception {
        // MockWebServer refuses GET bodies, so a JDK server records this one
        com.sun.net.httpserver.HttpServer jdk = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        jdk.createContext("/", ex -> {
            seen.set(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        jdk.start();
        try {
            Exchange exchange = http.executor().execute(request("GET", "http://127.0.0.1:" + jdk.getAddress().getPort() + "/g",
                    raw("payload", null)), null, ppb("disableBodyPruning", true), null);
            assertThat(exchange.error()).isNull();
            assertThat(exchange.response().text()).isEqualTo("ok");
            assertThat(seen.get()).isEqualTo("GET text/plain payload");
        } finally {
            jdk.stop(0);
        }
    }

    @Test
    void bodylessRequestsCarryContentLengthZeroLikeNodeExceptForMethodsWithoutBodies() throws Exception {
        assertThat(send(request("POSTMAN", url("/c"), null), RequestOptions.defaults(), null).getHeader("Content-Length"))
                .isEqualTo("0");
        assertThat(send(request("POST", url("/c"), null), RequestOptions.defaults(), null).getHeader("Content-Length"))
                .isEqualTo("0");
        assertThat(send(request("DELETE", url("/c"), null), RequestOptions.defaults(), null).getHeader("Content-Length"))
                .isNull();
    }

    @Test
    void customMethodsAreSentVerbatim() throws Exception {
        RecordedRequest r = send(request("PROPFIND", url("/c"), raw("<x/>", "xml")), RequestOptions.defaults(), null);
        assertThat(r.getMethod()).isEqualTo("PROPFIND");
        assertThat(r.getBody().readUtf8()).isEqualTo("<x/>");
    }

    @Test
    void pathVariablesAndQueryEncodingFollowTheUrlEncoder() throws Exception {
        Url url = Url.parse(url("/users/:id/x y")).withVariable(List.of(KeyValue.of("id", "42")))
                .withQuery(List.of(KeyValue.of("q", "a b\"c"), new KeyValue("off", "1", true, null), KeyValue.of("v", "{{x}}")));
        var request = new io.jnewman.model.Request("GET", url, List.of(), null, null, null);
        RecordedRequest r = send(request, RequestOptions.defaults(), null);
        assertThat(r.getPath()).isEqualTo("/users/42/x%20y?q=a%20b%22c&v={{x}}");
    }

    @Test
    void urlCredentialsBecomeBasicAuth() throws Exception {
        RecordedRequest r = send(get("http://us%40er:p%3Ass@localhost:" + http.server().getPort() + "/a"), RequestOptions.defaults(), null);
        assertThat(r.getHeader("Authorization")).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("us@er:p:ss".getBytes(StandardCharsets.UTF_8)));
    }
}
