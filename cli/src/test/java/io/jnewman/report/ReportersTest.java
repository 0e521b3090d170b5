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
    void progressReportersFallBackToAWarning() {
        TestContexts io = new TestContexts(dir);
        assertThat(Reporters.create("progress", ReporterOptions.none(), io.context(false, false))).isEmpty();
        assertThat(io.stderr().lines()).hasSize(1).first().asString().contains("\"progress\" reporter is not available");
    }
}
