package io.jnewman.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.testing.CliRun;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** --retry: failed requests run again from the variables they first saw; a pass on a retry is flaky in every report. */
class RetryTest {
    private static final String STATUS_TEST = "pm.test('status is 200', () => pm.response.to.have.status(200));";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private Path collection(String items) throws IOException {
        Path file = dir.resolve("retries.postman_collection.json");
        Files.writeString(file, "{\"info\": {\"name\": \"retries\"}, \"item\": [" + items + "]}");
        return file;
    }

    private static String item(String name, String path, String preRequest, String test) {
        return "{\"name\": \"" + name + "\", \"request\": \"{{baseUrl}}" + path + "\", \"event\": ["
                + "{\"listen\": \"prerequest\", \"script\": {\"exec\": [" + json(preRequest) + "]}},"
                + "{\"listen\": \"test\", \"script\": {\"exec\": [" + json(test) + "]}}]}";
    }

    private static String json(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun run(Path collection, String... options) {
        List<String> args = new ArrayList<>(List.of("run", collection.toString(), "--env-var",
                "baseUrl=" + server.url("").toString().replaceAll("/$", ""), "--color", "off", "--retry-delay", "0"));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private void enqueue(int... codes) {
        for (int code : codes) server.enqueue(new MockResponse().setResponseCode(code).setBody("{}"));
    }

    private List<String> paths() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        int count = server.getRequestCount();
        for (int i = 0; i < count; i++) seen.add(server.takeRequest().getPath());
        return seen;
    }

    @Test
    void aRequestThatFailsOnceThenPassesIsFlakyInTheCliJsonJunitAndHtmlReports() throws Exception {
        Path collection = collection(item("Flaky", "/flaky", "", STATUS_TEST));
        enqueue(500, 200);
        Path json = dir.resolve("report.json");
        Path junit = dir.resolve("junit.xml");
        Path html = dir.resolve("report.html");
        CliRun run = run(collection, "--retry", "2", "-r", "cli,json,junit,html", "--reporter-json-export",
                json.toString(), "--reporter-junit-export", junit.toString(), "--reporter-html-export", html.toString());

        assertThat(run.code()).isZero();
        assertThat(paths()).containsExactly("/flaky", "/flaky");
        assertThat(run.out()).contains("→ Flaky [flaky: passed on attempt 2 of 2]\n"
                        + "  ↻ attempt 1: assertion \"status is 200\" failed: expected response to have status code 200 but got 500\n")
                .contains("retried requests: 1, flaky (passed on a retry): 1")
                .doesNotContain("AssertionError");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/stats/requests/total").asInt()).isEqualTo(1);
        assertThat(report.at("/run/stats/assertions/failed").asInt()).isZero();
        assertThat(report.at("/run/failures").size()).isZero();
        assertThat(report.at("/run/executions").size()).isEqualTo(1);
        assertThat(report.at("/run/executions/0/attempts").asInt()).isEqualTo(2);
        assertThat(report.at("/run/executions/0/flaky").asBoolean()).isTrue();
        assertThat(report.at("/run/executions/0/response/code").asInt()).isEqualTo(200);
        assertThat(report.at("/run/retries/retried").asInt()).isEqualTo(1);
        assertThat(report.at("/run/retries/flaky").asInt()).isEqualTo(1);
        assertThat(Files.readString(junit)).contains("""
                    <testcase name="status is 200" time=""")
                .contains("<system-out><![CDATA[iteration 1: flaky: passed on attempt 2 of 2; attempt 1: assertion "
                        + "\"status is 200\" failed: expected response to have status code 200 but got 500]]></system-out>")
                .contains("failures=\"0\"");
        assertThat(Files.readString(html)).contains("<span class=\"attempts\">flaky: passed on attempt 2 of 2</span>")
                .contains("id=\"requests-flaky\">1</span>");
    }

    @Test
    void theCodebuildJunitReportCarriesTheAttemptsOnThePassingCase() throws Exception {
        Path collection = collection(item("Flaky", "/flaky", "", STATUS_TEST));
        enqueue(500, 200);
        Path junit = dir.resolve("junit.xml");
        CliRun run = run(collection, "--retry", "1", "-r", "junit", "--reporter-junit-export", junit.toString(),
                "--reporter-junit-codebuild");

        assertThat(run.code()).isZero();
        String xml = Files.readString(junit);
        assertThat(xml).contains("tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\"")
                .contains("<testcase name=\"status is 200\" classname=\"retries.postman_collection.json\"")
                .contains("<system-out><![CDATA[flaky: passed on attempt 2 of 2; attempt 1: assertion ");
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(junit.toFile()).getElementsByTagName("system-out").getLength()).isEqualTo(1);
    }

    @Test
    void aRequestErrorIsRetriedAndOnlyTheLastAttemptIsCounted() throws Exception {
        Path collection = collection(item("Flaky", "/flaky", "", STATUS_TEST));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        enqueue(200);
        Path json = dir.resolve("report.json");
        CliRun run = run(collection, "--retry", "1", "-r", "cli,json", "--reporter-json-export", json.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("[flaky: passed on attempt 2 of 2]").contains("↻ attempt 1: request error: ")
                .doesNotContain("[errored]");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/stats/requests/failed").asInt()).isZero();
        assertThat(report.at("/run/executions/0/earlierAttempts/0").asText()).startsWith("attempt 1: request error: ");
    }

    @Test
    void retriesThatNeverPassReportTheLastAttemptAndFail() throws Exception {
        Path collection = collection(item("Broken", "/broken", "", STATUS_TEST));
        enqueue(500, 502, 503);
        Path json = dir.resolve("report.json");
        Path junit = dir.resolve("junit.xml");
        CliRun run = run(collection, "--retry", "2", "-r", "cli,json,junit", "--reporter-json-export", json.toString(),
                "--reporter-junit-export", junit.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(paths()).hasSize(3);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(junit.toFile());
        org.w3c.dom.Node testcase = xml.getElementsByTagName("testcase").item(0);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < testcase.getChildNodes().getLength(); i++) {
            String name = testcase.getChildNodes().item(i).getNodeName();
            if (!name.startsWith("#")) children.add(name);
        }
        assertThat(children).containsExactly("failure", "system-out");
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("iteration 1: failed all 3 attempts; attempt 1: assertion \"status is 200\" failed: expected "
                        + "response to have status code 200 but got 500; attempt 2: assertion \"status is 200\" failed: "
                        + "expected response to have status code 200 but got 502");
        assertThat(run.out()).contains("→ Broken [failed all 3 attempts]").contains("but got 503")
                .contains("retried requests: 1, flaky (passed on a retry): 0");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/failures").size()).isEqualTo(1);
        assertThat(report.at("/run/failures/0/error/message").asText()).endsWith("but got 503");
        assertThat(report.at("/run/executions/0/attempts").asInt()).isEqualTo(3);
        assertThat(report.at("/run/executions/0/flaky").asBoolean()).isFalse();
        assertThat(report.at("/run/retries/flaky").asInt()).isZero();
    }

    @Test
    void everyAttemptStartsFromTheVariablesTheFirstOneSaw() throws Exception {
        String pre = "pm.environment.set('count', (pm.environment.get('count') || 0) + 1);"
                + "pm.globals.set('g', (pm.globals.get('g') || 0) + 1);"
                + "pm.collectionVariables.set('c', (pm.collectionVariables.get('c') || 0) + 1);"
                + "pm.variables.set('local', (pm.variables.get('local') || 0) + 1);";
        String test = "if (pm.response.code !== 200) pm.environment.set('leaked', 'yes');"
                + "pm.test('every attempt saw fresh variables', () => {"
                + "  pm.expect([pm.environment.get('count'), pm.globals.get('g'), pm.collectionVariables.get('c'),"
                + "    pm.variables.get('local')]).to.eql([1, 1, 1, 1]); });"
                + STATUS_TEST;
        Path collection = collection(item("Counts", "/counts", pre, test));
        enqueue(500, 500, 200);
        Path environment = dir.resolve("env.json");
        Path globals = dir.resolve("globals.json");
        CliRun run = run(collection, "--retry", "2", "--export-environment", environment.toString(),
                "--export-globals", globals.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("✓  every attempt saw fresh variables")
                .contains("[flaky: passed on attempt 3 of 3]");
        JsonNode env = new ObjectMapper().readTree(environment.toFile());
        assertThat(StreamSupport.stream(env.get("values").spliterator(), false).map(v -> v.get("key").asText()))
                .containsExactly("baseUrl", "count");
        assertThat(env.at("/values/1/value").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(globals.toFile()).at("/values/0/value").asInt()).isEqualTo(1);
    }

    @Test
    void aSetNextRequestOfAFailedAttemptDoesNotLeakIntoTheRetry() throws Exception {
        String jumpWhenFailing = "if (pm.response.code === 500) postman.setNextRequest('C');" + STATUS_TEST;
        Path collection = collection(String.join(",", item("A", "/a", "", jumpWhenFailing),
                item("B", "/b", "", STATUS_TEST), item("C", "/c", "", STATUS_TEST)));
        enqueue(500, 200, 200, 200);
        CliRun run = run(collection, "--retry", "1");

        assertThat(run.code()).isZero();
        assertThat(paths()).containsExactly("/a", "/a", "/b", "/c");
        assertThat(run.out()).doesNotContain("Attempting to set next request");
    }

    @Test
    void aFailureThatPassesOnARetryDoesNotBail() throws Exception {
        Path collection = collection(String.join(",", item("A", "/a", "", STATUS_TEST), item("B", "/b", "", STATUS_TEST)));
        enqueue(500, 200, 200);
        CliRun run = run(collection, "--retry", "1", "--bail");

        assertThat(run.code()).isZero();
        assertThat(paths()).containsExactly("/a", "/a", "/b");
    }

    @Test
    void aFailureLeftAfterTheRetriesStillBails() throws Exception {
        Path collection = collection(String.join(",", item("A", "/a", "", STATUS_TEST), item("B", "/b", "", STATUS_TEST)));
        enqueue(500, 500, 200);
        CliRun run = run(collection, "--retry", "1", "--bail");

        assertThat(run.code()).isEqualTo(1);
        assertThat(paths()).containsExactly("/a", "/a");
    }

    @Test
    void retriesWorkOnParallelWorkers() throws Exception {
        Path collection = collection(item("Flaky", "/flaky", "", STATUS_TEST));
        enqueue(500, 200, 200);
        Path json = dir.resolve("report.json");
        CliRun run = run(collection, "--retry", "1", "-n", "2", "--parallel", "2", "-r", "json",
                "--reporter-json-export", json.toString());

        assertThat(run.code()).isZero();
        assertThat(paths()).hasSize(3);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/stats/requests/total").asInt()).isEqualTo(2);
        assertThat(report.at("/run/retries/flaky").asInt()).isEqualTo(1);
    }

    @Test
    void withDisabledUnicodeTheEarlierAttemptsArePlainText() throws Exception {
        Path collection = collection(item("Flaky", "/flaky", "", STATUS_TEST));
        enqueue(500, 200);
        CliRun run = run(collection, "--retry", "1", "--disable-unicode");

        assertThat(run.out()).contains("Root Flaky [flaky: passed on attempt 2 of 2]\n  - attempt 1: assertion ")
                .doesNotContain("↻");
    }

    @Test
    void withoutRetryAFailedRequestRunsOnceAndReportsStayNewmans() throws Exception {
        Path collection = collection(item("Once", "/once", "", STATUS_TEST));
        enqueue(500, 200);
        Path json = dir.resolve("report.json");
        CliRun run = run(collection, "-r", "cli,json", "--reporter-json-export", json.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(paths()).containsExactly("/once");
        assertThat(run.out()).doesNotContain("flaky").doesNotContain("retried");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/executions/0").has("attempts")).isFalse();
        assertThat(report.at("/run").has("retries")).isFalse();
    }
}
