package io.jnewman.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad flags and unloadable inputs: exit 1, a one-line "error:" message, no stack trace. */
class BadInputTest {
    record Result(int code, String out, String err) {
        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true), new PrintStream(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void unknownOptionIsExitOneWithOneLine() {
        Result r = run("run", "c.json", "--bogus");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).isEqualTo("error: Unknown option: '--bogus'");
        assertThat(r.err()).doesNotContain("at io.jnewman");
    }

    @Test
    void nonPositiveIterationCountIsRejected() {
        Result r = run("run", "c.json", "-n", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).contains("The value must be a positive integer.");
    }

    @Test
    void badColorValueIsRejected() {
        Result r = run("run", "c.json", "--color", "purple");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).contains("--color");
    }

    @Test
    void scriptTimeoutTooShortToRunAnyScriptIsRejected() {
        Result r = run("run", "c.json", "--timeout-script", "5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).contains("--timeout-script 5 is too short to run any script");
    }

    @Test
    void missingCollectionArgumentIsRejected() {
        Result r = run("run");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: Missing required parameter");
    }

    @Test
    void missingCollectionFileNamesTheFile() {
        Result r = run("run", "/no/such/collection.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "error: collection could not be loaded: unable to read data from file \"/no/such/collection.json\": no such file");
    }

    @Test
    void suppressExitCodeHidesEvenFatalErrors() {
        assertThat(run("run", "/no/such/collection.json", "-x").code()).isZero();
    }

    @Test
    void malformedEnvironmentNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path coll = dir.resolve("c.json");
        Files.writeString(coll, "{\"info\":{\"name\":\"c\"},\"item\":[]}");
        Path env = dir.resolve("env.json");
        Files.writeString(env, "{\"values\": [\n  {\"key\": \"a\" \"value\": 1}\n]}");
        Result r = run("run", coll.toString(), "-e", env.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: environment could not be loaded: \"" + env
                + "\" is not valid JSON at line 2, column").doesNotContain("\n");
    }

    @Test
    void malformedDataFileNamesTheFile(@TempDir Path dir) throws Exception {
        Path coll = dir.resolve("c.json");
        Files.writeString(coll, "{\"info\":{\"name\":\"c\"},\"item\":[]}");
        Path data = dir.resolve("data.json");
        Files.writeString(data, "[{\"a\": }]");
        Result r = run("run", coll.toString(), "-d", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: iteration data could not be loaded: \"" + data + "\" is not valid JSON at line 1");
    }

    @Test
    void newmansShortVersionFlagWorks() {
        Result r = run("-v");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void reporterFlagsNeverFailParsing(@TempDir Path dir) throws Exception {
        Result r = run("run", "/no/such.json", "--reporter-foo-bar", "baz", "--reporter-cli-no-summary");
        assertThat(r.firstErrLine()).startsWith("error: collection could not be loaded");
    }
}
