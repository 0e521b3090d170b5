package io.jnewman.cli;

import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --detailed-exit-codes: one code per kind of failure, the first of 7, 6, 5, 4, 3 winning; -x still exits 0. */
class DetailedExitCodesTest {
    @TempDir
    Path dir;
    private EchoServer server;

    @BeforeEach
    void start() throws IOException {
        server = new EchoServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path collection(String... items) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"info\": {\"name\": \"codes\"}, \"item\": [" + String.join(",", items) + "]}");
        return file;
    }

    private static String item(String name, String url, String test) {
        return "{\"name\": \"" + name + "\", \"request\": \"" + url + "\", \"event\": [{\"listen\": \"test\", "
                + "\"script\": {\"exec\": [\"" + test.replace("\"", "\\\"") + "\"]}}]}";
    }

    private String ok(String name) {
        return item(name, server.baseUrl() + "/ok", "pm.test('ok', () => pm.response.to.have.status(200));");
    }

    private String failedAssertion() {
        return item("Assert", server.baseUrl() + "/status/500", "pm.test('ok', () => pm.response.to.have.status(200));");
    }

    private String scriptError() {
        return item("Script", server.baseUrl() + "/ok", "undefinedFunction();");
    }

    private static String requestError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return item("Request", "http://127.0.0.1:" + closedPort + "/", "");
    }

    private static CliRun run(Path collection, String... options) {
        List<String> args = new ArrayList<>(List.of("run", collection.toString(), "--color", "off"));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aPassingRunExitsZero() throws Exception {
        assertThat(run(collection(ok("A")), "--detailed-exit-codes").code()).isZero();
    }

    @Test
    void failedAssertionsExitThree() throws Exception {
        assertThat(run(collection(ok("A"), failedAssertion()), "--detailed-exit-codes").code()).isEqualTo(3);
    }

    @Test
    void scriptErrorsExitFourAndWinOverFailedAssertions() throws Exception {
        assertThat(run(collection(scriptError()), "--detailed-exit-codes").code()).isEqualTo(4);
        assertThat(run(collection(failedAssertion(), scriptError()), "--detailed-exit-codes").code()).isEqualTo(4);
    }

    @Test
    void anAssertionFailureTurnedIntoAScriptErrorByBailStaysAnAssertionFailure() throws Exception {
        assertThat(run(collection(failedAssertion()), "--detailed-exit-codes", "--bail").code()).isEqualTo(3);
    }

    @Test
    void requestErrorsExitFiveAndWinOverScriptErrorsAndAssertions() throws Exception {
        assertThat(run(collection(requestError()), "--detailed-exit-codes").code()).isEqualTo(5);
        assertThat(run(collection(failedAssertion(), scriptError(), requestError()), "--detailed-exit-codes").code())
                .isEqualTo(5);
    }

    @Test
    void aSetNextRequestLoopIsStoppedAtTheDefaultLimitAndExitsSix() throws Exception {
        Path loop = collection(item("Forever", server.baseUrl() + "/ok", "postman.setNextRequest('Forever');"));
        CliRun run = run(loop, "--detailed-exit-codes", "-r", "json", "--reporter-json-export",
                dir.resolve("r.json").toString());

        assertThat(run.code()).isEqualTo(6);
        assertThat(run.err()).isEqualTo("error: setNextRequest loop stopped: \"Forever\" ran 1000 times in iteration 1 "
                + "(limit --max-item-runs 1000)\n");
        assertThat(server.seen()).hasSize(1000);
    }

    @Test
    void aPollingLoopWithinTheLimitPasses() throws Exception {
        Path poll = collection(item("Poll", server.baseUrl() + "/ok",
                "const n = (pm.environment.get('n') || 0) + 1; pm.environment.set('n', n);"
                        + "if (n < 5) postman.setNextRequest('Poll');"));
        assertThat(run(poll, "--detailed-exit-codes", "--max-item-runs", "5").code()).isZero();
        assertThat(server.seen()).hasSize(5);
    }

    @Test
    void anExplicitLimitStopsTheLoopWithNewmansExitCodeWithoutTheFlag() throws Exception {
        Path loop = collection(item("Forever", server.baseUrl() + "/ok", "postman.setNextRequest('Forever');"));
        CliRun run = run(loop, "--max-item-runs", "3");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("\"Forever\" ran 3 times in iteration 1 (limit --max-item-runs 3)");
        assertThat(server.seen()).hasSize(3);
    }

    @Test
    void badInputExitsSeven() throws Exception {
        assertThat(run(dir.resolve("missing.json"), "--detailed-exit-codes").code()).isEqualTo(7);
        assertThat(run(collection(ok("A")), "--detailed-exit-codes", "--folder", "nope").code()).isEqualTo(7);
        CliRun usage = run(collection(ok("A")), "--detailed-exit-codes", "--iteration-count", "zero");
        assertThat(usage.code()).isEqualTo(7);
        assertThat(usage.err()).startsWith("error: ");
    }

    @Test
    void withoutTheFlagEveryFailureExitsOne() throws Exception {
        assertThat(run(collection(failedAssertion())).code()).isEqualTo(1);
        assertThat(run(collection(requestError())).code()).isEqualTo(1);
        assertThat(run(dir.resolve("missing.json")).code()).isEqualTo(1);
    }

    @Test
    void suppressExitCodeStillForcesZero() throws Exception {
        assertThat(run(collection(requestError()), "--detailed-exit-codes", "-x").code()).isZero();
        assertThat(run(dir.resolve("missing.json"), "--detailed-exit-codes", "-x").code()).isZero();
    }
}
