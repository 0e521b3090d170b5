package io.jnewman.cli;

import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.jnewman.report.ReporterOptionsParser;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress line on an interactive terminal: drawn on stderr after each item, erased before any console output
 * and at the end; absent when stdout is no terminal, under --silent, with --no-progress or without the cli reporter.
 * Both streams share one buffer here, as they share the terminal, so the bytes show their interleaving.
 */
class ProgressLineTest {
    private static final String ERASE = "\r\033[2K";

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

    private record Terminal(int code, String bytes) {
    }

    /** Runs with the TTY decision forced and a clock that moves 1.5 s each time it is read. */
    private Terminal run(boolean interactive, String collection, String... options) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, collection);
        List<String> args = new ArrayList<>(List.of(file.toString(), "--color", "off"));
        args.addAll(List.of(options));
        RunCommand cmd = new RunCommand();
        cmd.reporterOptions = ReporterOptionsParser.parse(args, Main.enabledReporters(args.toArray(String[]::new)));
        new CommandLine(cmd).parseArgs(cmd.reporterOptions.remainingArgs().toArray(String[]::new));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        cmd.stdout = terminal;
        cmd.stderr = terminal;
        cmd.interactive = () -> interactive;
        AtomicLong now = new AtomicLong();
        cmd.clock = () -> now.getAndAdd(1500);
        int code = cmd.call();
        return new Terminal(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private String twoRequests() {
        return "{\"info\": {\"name\": \"progress\"}, \"item\": ["
                + "{\"name\": \"One\", \"request\": \"" + server.baseUrl() + "/one\"},"
                + "{\"name\": \"Two\", \"request\": \"" + server.baseUrl() + "/status/500\", \"event\": [{\"listen\": \"test\","
                + " \"script\": {\"exec\": [\"pm.test('ok', () => pm.response.to.have.status(200));\"]}}]}]}";
    }

    /** The console with the run's variable parts (server address, sizes and times of responses) taken out. */
    private String normalized(String bytes) {
        return bytes.replace(server.baseUrl(), "URL").replaceAll("\\[(\\d{3}) [^,\\]]*, [^\\]]*\\]", "[$1]");
    }

    @Test
    void theLineIsDrawnAfterEachItemAndErasedBeforeEveryConsoleLineAndBeforeTheSummary() throws Exception {
        Terminal t = run(true, twoRequests(), "--reporter-cli-no-banner");

        assertThat(t.code()).isEqualTo(1);
        String bytes = normalized(t.bytes());
        int table = bytes.indexOf("\n┌");
        assertThat(bytes.substring(0, table)).isEqualTo("progress\n"
                + "\n→ One\n"
                + "\r  0/2 requests, 0 failed, 1500ms\033[K" + ERASE
                + "  GET URL/one [200]\n"
                + "\r  1/2 requests, 0 failed, 3s\033[K" + ERASE
                + "\n→ Two\n"
                + "\r  1/2 requests, 0 failed, 4.5s\033[K" + ERASE
                + "  GET URL/status/500 [500]\n"
                + "  1. ok\n"
                + "\r  2/2 requests, 1 failed, 6s\033[K" + ERASE);
        assertThat(bytes.substring(table)).doesNotContain("\r").contains("│              assertions │")
                .contains("1.  AssertionError  ok");
    }

    @Test
    void theLineIsErasedAtTheEndWhenNoOutputFollows() throws Exception {
        String one = "{\"info\": {\"name\": \"p\"}, \"item\": [{\"name\": \"One\", \"request\": \"" + server.baseUrl() + "/one\"}]}";
        Terminal t = run(true, one, "--reporter-cli-no-banner", "--reporter-cli-no-summary");

        assertThat(t.code()).isZero();
        assertThat(normalized(t.bytes())).isEqualTo("p\n\n→ One\n"
                + "\r  0/1 requests, 0 failed, 1500ms\033[K" + ERASE
                + "  GET URL/one [200]\n"
                + "\r  1/1 requests, 0 failed, 3s\033[K" + ERASE);
    }

    @Test
    void withSetNextRequestTheTotalIsUnknownAndOnlyTheCountDoneIsShown() throws Exception {
        String jump = "{\"info\": {\"name\": \"p\"}, \"item\": [{\"name\": \"One\", \"request\": \"" + server.baseUrl()
                + "/one\", \"event\": [{\"listen\": \"test\", \"script\": {\"exec\": [\"postman.setNextRequest(null);\"]}}]}]}";
        Terminal t = run(true, jump, "--reporter-cli-no-banner", "--reporter-cli-no-summary");

        assertThat(t.bytes()).contains("\r  0 requests, 0 failed, 1500ms\033[K").contains("\r  1 requests, 0 failed, 3s\033[K")
                .doesNotContain("/1 requests");
    }

    @Test
    void nothingOfItIsWrittenWhenStdoutIsNotATerminal() throws Exception {
        Terminal t = run(false, twoRequests());

        assertThat(t.code()).isEqualTo(1);
        assertThat(t.bytes()).contains("→ One").contains("┌").doesNotContain("\r").doesNotContain("\033").doesNotContain("requests,");
    }

    @Test
    void silentNoProgressAndRunsWithoutTheCliReporterShowNoLine() throws Exception {
        assertThat(run(true, twoRequests(), "--silent").bytes()).isEmpty();
        assertThat(run(true, twoRequests(), "--no-progress").bytes()).contains("→ One").doesNotContain("\r");
        assertThat(run(true, twoRequests(), "--reporter-cli-silent").bytes()).doesNotContain("\r");
        assertThat(run(true, twoRequests(), "-r", "json", "--reporter-json-export", dir.resolve("r.json").toString())
                .bytes()).doesNotContain("\r");
    }
}
