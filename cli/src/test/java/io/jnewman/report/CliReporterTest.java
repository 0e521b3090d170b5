package io.jnewman.report;

import io.jnewman.run.RunEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliReporterTest {
    @TempDir
    Path dir;

    private String run(Map<String, Object> options, boolean color, boolean disableUnicode) {
        TestContexts io = new TestContexts(dir);
        CliReporter reporter = new CliReporter(new ReporterOptions(options), io.context(color, disableUnicode));
        new DemoRun().replay(reporter::on);
        return io.stdout();
    }

    @Test
    void demoRunPrintsWhatNewmanPrintsWithColourOff() throws IOException {
        // newman's stdout of the same run with --color off, except two deliberate fixes: the failures table header
        // carries no colour codes, and the request error names its item instead of `inside ""`
        assertThat(run(Map.of(), false, false)).isEqualTo(JunitReporterTest.resource("newman-cli.txt"));
    }

    @Test
    void summaryTableWidensItsColumnsForTheLongestFooter() {
        String out = run(Map.of(), false, false);
        assertThat(out).contains(
                "┌─────────────────────────┬───────────────────┬──────────────────┐\n"
                        + "│                         │          executed │           failed │\n"
                        + "├─────────────────────────┼───────────────────┼──────────────────┤\n"
                        + "│              iterations │                 2 │                0 │\n")
                .contains("├─────────────────────────┴───────────────────┴──────────────────┤\n"
                        + "│ total run duration: 1384ms                                     │\n")
                .contains("│ average response time: 33ms [min: 10ms, max: 92ms, s.d.: 26ms] │\n"
                        + "└────────────────────────────────────────────────────────────────┘\n");
    }

    @Test
    void colourOnUsesAnsiCodes() {
        String out = run(Map.of(), true, false);
        assertThat(out).contains("\u001b[32m  ✓ \u001b[39m \u001b[90mcollection-level: status < 500\u001b[39m")
                .contains("\u001b[31m\u001b[1m  1.\u001b[22m\u001b[39m \u001b[31m\u001b[1mstatus is 201\u001b[22m\u001b[39m")
                .contains("\u001b[31m\u001b[4m#\u001b[24m\u001b[39m");
    }

    @Test
    void colourOffPrintsNoEscapeCodes() {
        assertThat(run(Map.of(), false, false)).doesNotContain("\u001b[");
    }

    @Test
    void disableUnicodeUsesPlainSymbolsAndTable() {
        String out = run(Map.of(), false, true);
        assertThat(out).contains("Folder Users\nSub-folder Get user\n  -\n  | 'folder-pre', 'Get user', { a: 1, b: 'x' }\n  -\n")
                .contains("  Pass  collection-level: status < 500")
                .contains("Root Broken script")
                .contains("|              iterations |                 2 |                0 |")
                .contains("-------------------------+-------------------+------------------")
                .doesNotContain("✓").doesNotContain("│");
    }

    @Test
    void optionsSilenceParts() {
        String out = run(Map.of("noBanner", true, "noSummary", true, "noFailures", true, "noConsole", true,
                "noSuccessAssertions", true), false, false);
        assertThat(out).startsWith("Demo API Suite\n")
                .doesNotContain("newman\n").doesNotContain("┌─").doesNotContain("#  failure")
                .doesNotContain("'folder-pre'").doesNotContain("✓").doesNotContain("[skipped]")
                .contains("  1. status is 201");
    }

    @Test
    void noAssertionsStillNumbersScriptErrorsByTheFailureCount() {
        String out = run(Map.of("noAssertions", true), false, false);
        assertThat(out).doesNotContain("status is 201\n").contains("  3⠄ ReferenceError in test-script");
    }

    @Test
    void silentPrintsNothing() {
        assertThat(run(Map.of("silent", true), false, false)).isEmpty();
    }

    @Test
    void showTimestampsPrefixesRequestsAndAssertions() {
        String out = run(Map.of("showTimestamps", true), false, false);
        assertThat(out).containsPattern("\n  \\[\\d+/\\d+/\\d{4}, \\d+:\\d\\d:\\d\\d [AP]M]  GET http://127.0.0.1:5055/get")
                .containsPattern("\n  \\[\\d+:\\d\\d:\\d\\d [AP]M]  ✓  collection-level");
    }

    @Test
    void verboseShowsSizesHeadersAndTheResponseBody() {
        TestContexts io = new TestContexts(dir);
        ReportContext plain = io.context(false, false);
        ReportContext verbose = new ReportContext(plain.out(), plain.err(), false, false, true, false, dir,
                plain.clock(), plain.exportVersion(), null, ItemOwners.NONE);
        new DemoRun().replay(new CliReporter(ReporterOptions.none(), verbose)::on);
        String x54 = "x".repeat(54);
        assertThat(io.stdout()).contains("  GET http://127.0.0.1:5055/get?id=1&who=alice  \n"
                + "  200 OK ★ 92ms time ★ 87B↑ 561B↓ size ★ 2↑ 5↓ headers ★ 0 cookies\n"
                + "  ┌ ↓ application/json ★ text ★ json ★ utf8 ★ 389B\n"
                + "  │ " + x54 + "\n")
                .contains("  │ " + "x".repeat(389 - 7 * 54) + "\n  └\n");
    }

    @Test
    void outputIsFlushedWhenEachItemFinishes() {
        TestContexts io = new TestContexts(dir);
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(sink, 1 << 16);
        ReportContext ctx = io.context(false, false);
        ReportContext bufferedCtx = new ReportContext(new java.io.PrintStream(buffered, false,
                java.nio.charset.StandardCharsets.UTF_8), ctx.err(), false, false, false, false, dir, ctx.clock(),
                ctx.exportVersion(), null, ItemOwners.NONE);
        CliReporter reporter = new CliReporter(ReporterOptions.none(), bufferedCtx);
        DemoRun demo = new DemoRun();
        for (RunEvent e : demo.events) {
            reporter.on(e);
            if (e instanceof RunEvent.ItemFinished) break;
        }
        assertThat(sink.toString(java.nio.charset.StandardCharsets.UTF_8)).endsWith("  │ 'warned'\n  └\n");
    }
}
