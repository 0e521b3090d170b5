package io.jnewman.http;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The request line carries the path and query as postman-url-encoder produced them, not OkHttp's normal form. */
@Timeout(30)
class RequestTargetTest {
    @RegisterExtension
    final LoopbackHttp http = new LoopbackHttp();


    @Test
    void keepsDotSegmentsAsNodeDoes() throws Exception {
        assertThat(requestLine("/a/./b/../c/%/x?q=1", false)).isEqualTo("GET /a/./b/../c/%/x?q=1 HTTP/1.1");
    }

    @Test
    void disabledUrlEncodingSendsQuotesAndAngleBracketsAsTyped() throws Exception {
        assertThat(requestLine("/p/\"/{x}?q=\"'<=>!\\|", true)).isEqualTo("GET /p/\"/{x}?q=\"'<=>!\\| HTTP/1.1");
    }

    @Test
    void encodesThemOtherwise() throws Exception {
        assertThat(requestLine("/p/\"?q=\"'<>", false)).isEqualTo("GET /p/%22?q=%22%27%3C%3E HTTP/1.1");
    }

    @Test
    void aUrlWithoutPathAsksForTheRoot() throws Exception {
        assertThat(requestLine("", false)).isEqualTo("GET / HTTP/1.1");
    }

    @Test
    void theFragmentIsNotSent() throws Exception {
        assertThat(requestLine("/a/./b#frag", false)).isEqualTo("GET /a/./b HTTP/1.1");
    }

    private String requestLine(String pathAndQuery, boolean disableUrlEncoding) throws Exception {
        http.server().enqueue(new MockResponse().setBody("ok"));
        RequestOptions opts = new RequestOptions(Map.of("disableUrlEncoding", BooleanNode.valueOf(disableUrlEncoding)),
                0, Path.of("").toAbsolutePath(), true);
        Request request = new Request("GET", Url.parse(http.url(pathAndQuery)),
                List.of(), null, null, null);
        Exchange exchange = http.executor().execute(request, null, opts, null);
        assertThat(exchange.error()).isNull();
        return http.server().takeRequest(5, TimeUnit.SECONDS).getRequestLine();
    }
}
