package io.jnewman.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReporterTest {
    @TempDir
    Path dir;

    private JsonNode run(Map<String, Object> options) throws IOException {
        JsonReporter reporter = new JsonReporter(new ReporterOptions(options), new TestContexts(dir).context(false, false));
        new DemoRun().replay(reporter::on);
        return new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    @Test
    void summaryHasNewmansLayout() throws IOException {
        JsonNode r = run(Map.of("export", "report.json"));
        assertThat(names(r)).containsExactly("collection", "environment", "globals", "run");
        assertThat(names(r.get("run"))).containsExactly("stats", "timings", "executions", "transfers", "failures", "error");
        assertThat(r.at("/collection/info/name").asText()).isEqualTo("Demo API Suite");
        assertThat(r.at("/environment/values").isArray()).isTrue();
        assertThat(r.at("/run/error").isNull()).isTrue();
        assertThat(r.at("/run/transfers/responseTotal").asLong()).isEqualTo(2420);
        assertThat(names(r.at("/run/timings"))).containsExactly("responseAverage", "responseMin", "responseMax",
                "responseSd", "dnsAverage", "dnsMin", "dnsMax", "dnsSd", "firstByteAverage", "firstByteMin",
                "firstByteMax", "firstByteSd", "started", "completed");
        assertThat(r.at("/run/timings/responseMin").isIntegralNumber()).isTrue();
        assertThat(r.at("/run/timings/started").asLong()).isEqualTo(DemoRun.STARTED);
    }

    @Test
    void statsCarryTotalPendingAndFailed() throws IOException {
        JsonNode stats = run(Map.of("export", "report.json")).at("/run/stats");
        assertThat(names(stats)).containsExactly("iterations", "items", "scripts", "prerequests", "requests", "tests",
                "assertions", "testScripts", "prerequestScripts");
        assertThat(stats.at("/requests").toString()).isEqualTo("{\"total\":10,\"pending\":0,\"failed\":2}");
        assertThat(stats.at("/assertions").toString()).isEqualTo("{\"total\":24,\"pending\":0,\"failed\":7}");
        assertThat(stats.at("/testScripts").toString()).isEqualTo("{\"total\":22,\"pending\":0,\"failed\":2}");
    }

    @Test
    void executionsFollowTheRequestsSentSkippingSkippedItems() throws IOException {
        JsonNode executions = run(Map.of("export", "report.json")).at("/run/executions");
        List<String> items = new ArrayList<>();
        executions.forEach(e -> items.add(e.at("/item/name").asText() + "#" + e.at("/cursor/iteration").asInt()));
        assertThat(items).containsExactly("Get user#0", "Create user#0", "Broken script#0", "Server error#0",
                "Conn refused#0", "Get user#1", "Create user#1", "Broken script#1", "Server error#1", "Conn refused#1");

        JsonNode first = executions.get(0);
        assertThat(names(first)).containsExactly("cursor", "item", "request", "response", "id", "assertions");
        assertThat(first.at("/cursor").toString()).isEqualTo("{\"position\":0,\"iteration\":0,\"length\":6,\"cycles\":2,"
                + "\"empty\":false,\"eof\":false,\"bof\":true,\"cr\":true,\"ref\":\"ref-0-0\",\"httpRequestId\":\"http-0-0\"}");
        assertThat(first.at("/request/header/0").toString())
                .isEqualTo("{\"key\":\"User-Agent\",\"value\":\"PostmanRuntime/7.39.1\",\"system\":true}");
        assertThat(first.at("/request/header/1/system").isMissingNode()).isTrue();
        assertThat(first.at("/request/url/query/1").toString()).isEqualTo("{\"key\":\"who\",\"value\":\"alice\"}");
        assertThat(first.at("/response/stream/type").asText()).isEqualTo("Buffer");
        assertThat(first.at("/response/stream/data")).hasSize(389);
        assertThat(first.at("/response/stream/data/0").asInt()).isEqualTo('x');
        assertThat(first.at("/response/responseTime").asInt()).isEqualTo(92);
        assertThat(first.at("/assertions/3").toString()).isEqualTo("{\"assertion\":\"skipped test\",\"skipped\":true}");

        JsonNode failing = executions.get(1).at("/assertions/2/error");
        assertThat(failing.toString()).isEqualTo("{\"name\":\"AssertionError\",\"index\":0,\"test\":\"status is 201\","
                + "\"message\":\"expected response to have status code 201 but got 200\",\"stack\":\"AssertionError: "
                + "expected response to have status code 201 but got 200\\n   at Object.eval sandbox-script.js:1:2)\"}");
        assertThat(executions.get(2).at("/testScript/0/error/name").asText()).isEqualTo("ReferenceError");
        JsonNode refused = executions.get(4);
        assertThat(refused.has("response")).isFalse();
        assertThat(refused.at("/requestError").toString()).isEqualTo("{\"errno\":-111,\"code\":\"ECONNREFUSED\","
                + "\"syscall\":\"connect\",\"address\":\"127.0.0.1\",\"port\":1,"
                + "\"message\":\"connect ECONNREFUSED 127.0.0.1:1\"}");
    }

    @Test
    void failuresNameWhereAndInWhichItem() throws IOException {
        JsonNode failures = run(Map.of("export", "report.json")).at("/run/failures");
        assertThat(failures).hasSize(11);
        JsonNode first = failures.get(0);
        assertThat(names(first)).containsExactly("error", "at", "source", "parent", "cursor");
        assertThat(first.at("/at").asText()).isEqualTo("assertion:0 in test-script");
        assertThat(first.at("/error/test").asText()).isEqualTo("status is 201");
        assertThat(first.at("/source/name").asText()).isEqualTo("Create user");
        assertThat(first.at("/parent/name").asText()).isEqualTo("Users");
        assertThat(failures.get(2).at("/at").asText()).isEqualTo("test-script");
        assertThat(failures.get(2).has("parent")).isFalse();
        assertThat(failures.get(4).at("/at").asText()).isEqualTo("request");
        assertThat(failures.get(4).at("/error/message").asText()).isEqualTo("connect ECONNREFUSED 127.0.0.1:1");
    }

    @Test
    void omitResponsesLeavesBodiesOut() throws IOException {
        JsonNode r = run(Map.of("export", "report.json", "omitResponses", true));
        JsonNode response = r.at("/run/executions/0/response");
        assertThat(response.has("stream")).isFalse();
        assertThat(response.at("/code").asInt()).isEqualTo(200);
        assertThat(response.at("/responseSize").asInt()).isEqualTo(389);
        assertThat(Files.readString(dir.resolve("report.json"))).doesNotContain("\"Buffer\"");
    }

    @Test
    void exportIntoAnExistingDirectoryUsesTheDefaultName() throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        JsonReporter reporter = new JsonReporter(new ReporterOptions(Map.of("export", "reports")),
                new TestContexts(dir).context(false, false));
        new DemoRun().replay(reporter::on);
        assertThat(dir.resolve("reports/newman-run-report-2026-11-23-05-45-44-533-0.json")).exists();
    }

    @Test
    void theSpillFileIsRemovedAfterTheReportIsWritten() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countSpills(tmp);
        run(Map.of("export", "report.json"));
        assertThat(countSpills(tmp)).isEqualTo(before);
    }

    private static long countSpills(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("jnewman-executions")).count();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
