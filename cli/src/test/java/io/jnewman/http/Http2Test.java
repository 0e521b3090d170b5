package io.jnewman.http;

import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static io.jnewman.http.Requests.get;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class Http2Test {
    @Test
    void http2PriorKnowledgeOnCleartextWhenAskedFor() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
            server.enqueue(new MockResponse().setBody("h2"));
            server.start();
            try (OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults().withProtocolVersion("http2"))) {
                Exchange e = executor.execute(get("http://localhost:" + server.getPort() + "/"), null,
                        RequestOptions.defaults(), null);
                assertThat(e.response().text()).isEqualTo("h2");
                assertThat(e.response().status()).isEqualTo("OK");
            }
            // the server speaks only HTTP/2 with prior knowledge: an HTTP/1.1 request could not have been answered
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void http1IsTheDefaultAndNeverAsksForAnUpgrade() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse());
            server.start();
            try (OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults())) {
                executor.execute(get("http://localhost:" + server.getPort() + "/"), null, RequestOptions.defaults(), null);
            }
            var recorded = server.takeRequest();
            assertThat(recorded.getRequestLine()).endsWith("HTTP/1.1");
            assertThat(recorded.getHeader("Upgrade")).isNull();
            assertThat(recorded.getHeader("HTTP2-Settings")).isNull();
        }
    }

    @Test
    void protocolListsPerVersion() {
        assertThat(OkHttpClients.protocols("http1", false)).containsExactly(Protocol.HTTP_1_1);
        assertThat(OkHttpClients.protocols("auto", false)).containsExactly(Protocol.HTTP_2, Protocol.HTTP_1_1);
        assertThat(OkHttpClients.protocols("http2", true)).containsExactly(Protocol.H2_PRIOR_KNOWLEDGE);
    }
}
