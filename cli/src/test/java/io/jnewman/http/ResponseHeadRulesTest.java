package io.jnewman.http;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case is a raw response head from a loopback socket; the expected outcomes are what Node 20's parser gives for
 * the same bytes with insecureHTTPParser off and on ("ok" or the llhttp code), except for a folded line, which Node's
 * lenient mode joins to the line before and OkHttp's reader leaves as a line of its own.
 */
@Timeout(30)
class ResponseHeadRulesTest {
    private ServerSocket server;
    private volatile String head;
    private OkHttpExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    readRequestHead(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write(head.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u0001", "\u0001")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException ignored) {
                    // closed by the test
                }
            }
        });
        executor = OkHttpExecutor.create(HttpSettings.defaults());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        executor.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            well formed          | X-A: a\\tb\\r\\nContent-Length: 2                          | ok                            | ok
            control in value     | X-A: a\\u0001b\\r\\nContent-Length: 2                      | HPE_INVALID_HEADER_TOKEN      | ok
            bare CR in value     | X-A: a\\rb\\r\\nContent-Length: 2                          | HPE_LF_EXPECTED               | HPE_LF_EXPECTED
            space in name        | Bad Name: x\\r\\nContent-Length: 2                         | HPE_INVALID_HEADER_TOKEN      | HPE_INVALID_HEADER_TOKEN
            line without colon   | NoColon\\r\\nContent-Length: 2                             | HPE_INVALID_HEADER_TOKEN      | HPE_INVALID_HEADER_TOKEN
            length and chunked   | Content-Length: 5\\r\\nTransfer-Encoding: chunked          | HPE_INVALID_TRANSFER_ENCODING | ok
            length twice         | Content-Length: 2\\r\\nContent-Length: 2                   | HPE_UNEXPECTED_CONTENT_LENGTH | HPE_UNEXPECTED_CONTENT_LENGTH
            signed length        | Content-Length: +2                                       | HPE_INVALID_CONTENT_LENGTH    | HPE_INVALID_CONTENT_LENGTH
            folded line          | X-A: x\\r\\n  y\\r\\nContent-Length: 2                     | HPE_INVALID_HEADER_TOKEN      | HPE_INVALID_HEADER_TOKEN
            """)
    void rejectsTheResponseHeadsNodeRejects(String name, String headers, String strict, String insecure) {
        String body = headers.contains("chunked") ? "2\\r\\nok\\r\\n0\\r\\n\\r\\n" : "ok";
        head = "HTTP/1.1 200 OK\\r\\n" + headers + "\\r\\nConnection: close\\r\\n\\r\\n" + body;
        assertThat(outcome(false)).isEqualTo(strict);
        assertThat(outcome(true)).isEqualTo(insecure);
    }

    private String outcome(boolean insecureHttpParser) {
        RequestOptions opts = new RequestOptions(Map.of("insecureHTTPParser", BooleanNode.valueOf(insecureHttpParser)),
                0, Path.of("").toAbsolutePath(), true);
        Request request = new Request("GET", Url.parse("http://127.0.0.1:" + server.getLocalPort() + "/"), List.of(),
                null, null, null);
        Exchange exchange = executor.execute(request, null, opts, null);
        if (exchange.error() != null) {
            assertThat(exchange.error().message()).startsWith("Parse Error: ");
            return exchange.error().code();
        }
        assertThat(exchange.response().text()).isEqualTo("ok");
        return "ok";
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) return;
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
