package io.jnewman.http;

import io.jnewman.model.FormParam;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.jnewman.http.Requests.formdata;
import static io.jnewman.http.Requests.request;
import static io.jnewman.http.Requests.text;
import static org.assertj.core.api.Assertions.assertThat;

/** What an unreadable form-data file does to the request, as newman 6.2.2 sends it (checked side by side). */
@Timeout(30)
class FormFileLoadingTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final LoopbackHttp http = new LoopbackHttp();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void writeFile() throws Exception {
        Files.writeString(dir.resolve("exists.json"), "{\"some\": \"json\"}");
    }


    @Test
    void anUnreadableSinglePathDisablesTheField() throws Exception {
        Exchange exchange = send(new FormParam("f", null, "file", List.of("nope.txt"), false, null, false, null),
                text("t", "v"));
        String body = http.server().takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(body).contains("name=\"t\"").doesNotContain("name=\"f\"");
        assertThat(exchange.request().request().body().formdata().get(0).disabled()).isTrue();
        assertThat(warnings).containsExactly("Form param `f`, file load error: \"nope.txt\", no such file");
    }

    @Test
    void severalPathsBecomeOneFieldPerReadableFile() throws Exception {
        Exchange exchange = send(new FormParam("f", null, "file", List.of("nope.txt", "exists.json"), true, null,
                false, null));
        String body = http.server().takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8();
        assertThat(body).contains("filename=\"exists.json\"").doesNotContain("filename=\"\"");
        List<FormParam> sent = exchange.request().request().body().formdata();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).src()).containsExactly("exists.json");
        assertThat(sent.get(0).srcArray()).isFalse();
    }

    @Test
    void aBodyLeftWithoutFieldsIsNotSent() throws Exception {
        send(new FormParam("f", null, "file", List.of("nope.txt"), false, null, false, null));
        RecordedRequest recorded = http.server().takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getHeader("Content-Type")).isNull();
        assertThat(recorded.getHeader("Content-Length")).isEqualTo("0");
        assertThat(recorded.getBodySize()).isZero();
    }

    @Test
    void aFieldWithoutPathIsSentEmptyWithAWarning() throws Exception {
        send(new FormParam("f", null, "file", List.of(), false, null, false, null));
        assertThat(http.server().takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8())
                .contains("name=\"f\"; filename=\"\"");
        assertThat(warnings).containsExactly("Form param `f`, file load error: missing file source");
    }

    private Exchange send(FormParam... params) {
        http.server().enqueue(new MockResponse().setBody("ok"));
        RequestOptions opts = new RequestOptions(Map.of(), 0, dir, false);
        Exchange exchange = http.executor().execute(request("POST", http.url("/f"),
                formdata(params)), null, opts, warnings::add);
        assertThat(exchange.error()).isNull();
        return exchange;
    }
}
