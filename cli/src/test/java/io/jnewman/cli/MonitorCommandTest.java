package io.jnewman.cli;

import com.sun.net.httpserver.HttpServer;
import io.jnewman.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** jnewman monitor: pass → fail → fail → pass prints two state changes and pages PagerDuty once, resolving once. */
class MonitorCommandTest {
    @Test
    void pagesOncePerOutageAndReportsOnlyStateChanges(@TempDir Path dir) throws Exception {
        int[] statuses = {200, 500, 500, 200};
        AtomicInteger calls = new AtomicInteger();
        List<String> pagerDuty = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", ex -> {
            int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.createContext("/pd", ex -> {
            pagerDuty.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(202, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path collection = dir.resolve("health.postman_collection.json");
            Files.writeString(collection, """
                    {"info": {"name": "health"}, "item": [{"name": "Health", "request": "%s/health",
                      "event": [{"listen": "test", "script": {"exec": ["pm.test('up', () => pm.response.to.have.status(200));"]}}]}]}
                    """.formatted(base));
            // any variable that is set will do as the routing key: the fake PagerDuty accepts every key
            CliRun run = CliRun.of("monitor", collection.toString(), "--every", "1s", "--times", "4",
                    "--pagerduty-routing-key-env", "PATH", "--pagerduty-url", base + "/pd");
            assertThat(run.code()).as(run.err()).isZero();
            List<String> changes = run.out().lines().filter(l -> l.contains("FAILING") || l.contains("RECOVERED")).toList();
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0)).contains("FAILING: health.postman_collection.json (local)");
            assertThat(changes.get(1)).contains("RECOVERED");
            assertThat(pagerDuty).hasSize(2);
            assertThat(pagerDuty.get(0)).contains("\"event_action\":\"trigger\"");
            assertThat(pagerDuty.get(1)).contains("\"event_action\":\"resolve\"");
            assertThat(calls.get()).isEqualTo(4);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadIntervalIsAOneLineError() {
        CliRun run = CliRun.of("monitor", "c.json", "--every", "soon");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().findFirst().orElse("")).contains("invalid interval 'soon'");
    }
}
