package io.jnewman.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportPathTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T05:45:44.533Z"), ZoneOffset.UTC);

    @Test
    void defaultGoesToNewmanDirectoryWithATimestamp() {
        Path p = ExportPath.resolve(null, "newman-run-report.xml", dir, clock);
        assertThat(p).isEqualTo(dir.resolve("newman/newman-run-report-2026-11-23-05-45-44-533-0.xml"));
        assertThat(p.getParent()).isDirectory();
    }

    @Test
    void wholeSecondsStillCarryMilliseconds() {
        Clock whole = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        assertThat(ExportPath.timestamped("a.json", whole)).isEqualTo("a-2026-01-02-03-04-05-000-0.json");
    }

    @Test
    void missingParentsAreCreated() {
        Path p = ExportPath.resolve("deep/er/r.json", "x.json", dir, clock);
        assertThat(p).isEqualTo(dir.resolve("deep/er/r.json"));
        assertThat(dir.resolve("deep/er")).isDirectory();
    }

    @Test
    void anExistingDirectoryReceivesTheDefaultName() throws IOException {
        Files.createDirectory(dir.resolve("out"));
        assertThat(ExportPath.resolve("out", "newman-run-report.json", dir, clock))
                .isEqualTo(dir.resolve("out/newman-run-report-2026-11-23-05-45-44-533-0.json"));
    }

    @Test
    void anUncreatableParentIsAOneLineError() throws IOException {
        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> ExportPath.resolve("file/sub/r.json", "x.json", dir, clock))
                .isInstanceOf(ReportException.class).hasMessageStartingWith("error creating path for file");
    }
}
