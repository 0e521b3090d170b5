package io.jnewman.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportersTest {
    @TempDir
    Path dir;

    @Test
    void builtInsAreCreatedByName() {
        TestContexts io = new TestContexts(dir);
        ReportContext ctx = io.context(false, false);
        assertThat(Reporters.create("cli", ReporterOptions.none(), ctx)).containsInstanceOf(CliReporter.class);
        assertThat(Reporters.create("json", ReporterOptions.none(), ctx)).containsInstanceOf(JsonReporter.class);
        assertThat(Reporters.create("junit", ReporterOptions.none(), ctx)).containsInstanceOf(JunitReporter.class);
        assertThat(Reporters.create("junit", new ReporterOptions(Map.of("codebuild", true)), ctx))
                .containsInstanceOf(CodebuildJunitReporter.class);
        assertThat(io.stderr()).isEmpty();
    }

    @Test
    void anUnknownReporterWarnsAndIsSkipped() {
        TestContexts io = new TestContexts(dir);
        assertThat(Reporters.create("htmlextra", ReporterOptions.none(), io.context(false, false))).isEmpty();
        assertThat(io.stderr()).startsWith("jnewman: could not find \"htmlextra\" reporter\n");
    }

    @Test
    void progressAndEmojiTrainAreBuiltIn() {
        TestContexts io = new TestContexts(dir);
        assertThat(Reporters.create("progress", ReporterOptions.none(), io.context(false, false)))
                .containsInstanceOf(ProgressReporter.class);
        assertThat(Reporters.create("emojitrain", ReporterOptions.none(), io.context(false, false)))
                .containsInstanceOf(EmojiTrainReporter.class);
        assertThat(io.stderr()).isEmpty();
    }

    @Test
    void emojiTrainMarksEachItemAndTheRun() {
        TestContexts io = new TestContexts(dir);
        new DemoRun().replay(new EmojiTrainReporter(ReporterOptions.none(), io.context(false, false))::on);
        // per iteration: Get user ok, Create user fails, Broken script errors, Skipper ok, Server error and
        // Conn refused fail
        String iteration = "😀 😢 😢 😀 😢 😢 ";
        assertThat(io.stdout()).isEqualTo(iteration + iteration + " 😭\n");
    }

    @Test
    void progressCountsItemsOverIterations() {
        TestContexts io = new TestContexts(dir);
        new DemoRun().replay(new ProgressReporter(ReporterOptions.none(), io.context(false, false))::on);
        String out = io.stdout();
        assertThat(out).startsWith("\r " + "░".repeat(40) + " 0% | ETA: 0s | 0/12").endsWith(" 100% | ETA: 0s | 12/12\n");
        assertThat(out.split("\r")).hasSize(14);
        assertThat(ProgressReporter.line(3, 12, 3000)).isEqualTo(" " + "█".repeat(10) + "░".repeat(30)
                + " 25% | ETA: 9s | 3/12");
    }
}
