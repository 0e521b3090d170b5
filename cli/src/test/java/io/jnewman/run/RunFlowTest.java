package io.jnewman.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Run semantics end to end: real sandbox, real HTTP to a loopback echo server, the JSON report as the witness. */
class RunFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EchoServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new EchoServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String request(String name, String path, String prerequest, String test) {
        return """
                {"name": %s, "event": [
                  {"listen": "prerequest", "script": {"exec": %s}},
                  {"listen": "test", "script": {"exec": %s}}],
                 "request": {"method": "GET", "url": "{{baseUrl}}%s"}}
                """.formatted(q(name), q(prerequest), q(test), path);
    }

    private static String folder(String name, String... items) {
        return "{\"name\": " + q(name) + ", \"item\": [" + String.join(",", items) + "]}";
    }

    private static String q(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Path collection(String... items) throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"info\": {\"name\": \"flow\"}, \"item\": [" + String.join(",", items) + "]}");
        return file;
    }

    private JsonNode run(Path collection, String... extra) throws Exception {
        Path report = dir.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("run", collection.toString(), "--env-var", "baseUrl=" + server.baseUrl(),
                "-r", "json", "--reporter-json-export", report.toString()));
        args.addAll(List.of(extra));
        CliRun result = CliRun.of(args.toArray(String[]::new));
        assertThat(Files.exists(report)).as("report written; stderr: " + result.err()).isTrue();
        JsonNode json = JSON.readTree(report.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("exitCode", result.code());
        return json;
    }

    private static List<String> executed(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("run").path("executions").forEach(e -> names.add(e.path("cursor").path("iteration").asInt()
                + ":" + e.path("item").path("name").asText()));
        return names;
    }

    @Test
    void setNextRequestJumpsAndNullEndsOnlyTheCurrentIteration() throws Exception {
        JsonNode report = run(collection(
                request("A", "/a", "", "pm.execution.setNextRequest('C');"),
                request("B", "/b", "", ""),
                request("C", "/c", "", "postman.setNextRequest(null);"),
                request("D", "/d", "", "")), "-n", "2");
        assertThat(executed(report)).containsExactly("0:A", "0:C", "1:A", "1:C");
        assertThat(report.path("exitCode").asInt()).isZero();
    }

    @Test
    void skipRequestSendsNothingAndRunsNoTests() throws Exception {
        JsonNode report = run(collection(
                request("Skipped", "/skipped", "pm.execution.skipRequest();", "pm.test('never', () => {});"),
                request("Sent", "/sent", "", "pm.test('ran', () => {});")));
        assertThat(executed(report)).containsExactly("0:Sent");
        assertThat(report.at("/run/stats/requests/total").asInt()).isEqualTo(1);
        assertThat(report.at("/run/stats/assertions/total").asInt()).isEqualTo(1);
    }

    @Test
    void localVariablesPersistAcrossRequestsAndIterations() throws Exception {
        JsonNode report = run(collection(
                request("Set", "/set", "if (pm.info.iteration === 0) pm.variables.set('token', 'abc');", ""),
                request("Use", "/use?token={{token}}", "",
                        "pm.test('token carried', () => pm.expect(pm.response.json().args.token).to.eql('abc'));")), "-n", "2");
        assertThat(report.at("/run/stats/assertions/failed").asInt()).isZero();
        assertThat(report.at("/run/stats/assertions/total").asInt()).isEqualTo(2);
    }

    @Test
    void moreIterationsThanDataRowsReuseTheLastRow() throws Exception {
        Path data = dir.resolve("data.csv");
        Files.writeString(data, "who\nfirst\nsecond\n");
        JsonNode report = run(collection(request("Echo", "/echo?who={{who}}", "",
                "pm.test('who ' + pm.response.json().args.who, () => {});")), "-d", data.toString(), "-n", "3");
        List<String> names = new ArrayList<>();
        report.at("/run/executions").forEach(e -> names.add(e.at("/assertions/0/assertion").asText()));
        assertThat(names).containsExactly("who first", "who second", "who second");
    }

    @Test
    void foldersRunInCollectionOrderWhateverTheArgumentOrder() throws Exception {
        JsonNode report = run(collection(
                folder("F1", request("one", "/1", "", "")),
                folder("F2", request("two", "/2", "", "")),
                folder("F3", request("three", "/3", "", ""))), "--folder", "F3", "--folder", "F1");
        assertThat(executed(report)).containsExactly("0:one", "0:three");
    }

    @Test
    void unknownFolderFailsTheRun() throws Exception {
        CliRun result = CliRun.of("run", collection(request("A", "/a", "", "")).toString(), "--folder", "nope");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Unable to find a folder or request: \"nope\"");
    }

    @Test
    void preRequestErrorStillSendsTheRequestAndRunsTests() throws Exception {
        JsonNode report = run(collection(request("A", "/a", "undefinedFn();", "pm.test('tests ran', () => {});")));
        assertThat(executed(report)).containsExactly("0:A");
        assertThat(report.at("/run/failures/0/at").asText()).startsWith("prerequest-script");
        assertThat(report.at("/run/failures/0/error/name").asText()).isEqualTo("ReferenceError");
        assertThat(report.at("/run/stats/assertions/total").asInt()).isEqualTo(1);
        assertThat(report.path("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void requestErrorStillRunsTheTests() throws Exception {
        Path file = dir.resolve("refused.json");
        Files.writeString(file, """
                {"info": {"name": "refused"}, "item": [{"name": "Down",
                  "event": [{"listen": "test", "script": {"exec": ["pm.test('code', () => pm.expect(pm.response.code).to.be.below(500));"]}}],
                  "request": {"method": "GET", "url": "http://127.0.0.1:1/nothing"}}]}
                """);
        JsonNode report = run(file);
        assertThat(report.at("/run/stats/requests/failed").asInt()).isEqualTo(1);
        assertThat(report.at("/run/stats/assertions/failed").asInt()).isEqualTo(1);
        assertThat(report.at("/run/executions/0/requestError").isMissingNode()).isFalse();
    }

    @Test
    void bailStopsAfterTheFirstFailingItem() throws Exception {
        JsonNode report = run(collection(
                request("A", "/a", "", "pm.test('fails', () => pm.expect(1).to.eql(2));"),
                request("B", "/b", "", "")), "--bail", "-n", "2");
        assertThat(executed(report)).containsExactly("0:A");
        assertThat(report.path("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void parallelFoldersReportInSequentialOrderWithIsolatedVariables() throws Exception {
        List<String> folders = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            folders.add(folder("F" + i, request("r" + i, "/r" + i + "?delay=" + (70 - i * 10), "",
                    "pm.test('isolated', () => pm.expect(pm.environment.get('mark')).to.be.undefined);"
                            + "pm.environment.set('mark', 'F" + i + "');")));
        }
        JsonNode report = run(collection(folders.toArray(String[]::new)), "--parallel", "3");
        assertThat(executed(report)).containsExactly("0:r1", "0:r2", "0:r3", "0:r4", "0:r5", "0:r6");
        assertThat(report.at("/run/stats/assertions/failed").asInt()).isZero();
    }

    @Test
    void parallelRefusesFolderSplitWhenScriptsJump() throws Exception {
        CliRun result = CliRun.of("run", collection(folder("F", request("A", "/a", "", "postman.setNextRequest('A');")))
                .toString(), "--parallel", "2");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("calls setNextRequest");
    }

    private static String describedFolder(String name, String description, String... items) {
        return "{\"name\": " + q(name) + ", \"description\": " + q(description) + ", \"item\": ["
                + String.join(",", items) + "]}";
    }

    @Test
    void preserveOrderRunsFolderSelectionsInArgumentOrder() throws Exception {
        JsonNode report = run(collection(
                folder("F1", request("one", "/1", "", "")),
                folder("F2", request("two", "/2", "", ""))), "--folder", "F2", "--folder", "F1", "--preserve-order");
        assertThat(executed(report)).containsExactly("0:two", "0:one");
    }

    @Test
    void excludedFoldersAndTagsFilterRequests() throws Exception {
        Path file = collection(
                describedFolder("Fast", "Quick checks @smoke", request("ping", "/ping", "", "")),
                describedFolder("Slow", "Long ones @slow", request("report", "/report", "", "")),
                folder("Other", request("misc", "/misc", "", "")));
        assertThat(executed(run(file, "--tag", "smoke"))).containsExactly("0:ping");
        assertThat(executed(run(file, "--exclude-tag", "slow"))).containsExactly("0:ping", "0:misc");
        assertThat(executed(run(file, "--exclude-folder", "Other", "--exclude-folder", "Fast"))).containsExactly("0:report");
    }

    @Test
    void aFailedSendRequestIsAFailureWithoutTheRunningItemAsSource() throws Exception {
        JsonNode report = run(collection(request("Caller", "/caller", "",
                "pm.sendRequest('http://127.0.0.1:1/down', (err) => {});")));
        assertThat(report.at("/run/stats/requests/failed").asInt()).isEqualTo(1);
        assertThat(report.at("/run/failures/0/at").asText()).isEqualTo("request");
        assertThat(report.at("/run/failures/0/source").isMissingNode()).isTrue();
        assertThat(report.path("exitCode").asInt()).isEqualTo(1);
    }
}
