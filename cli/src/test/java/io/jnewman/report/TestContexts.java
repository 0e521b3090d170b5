package io.jnewman.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A report context writing to memory, with a fixed clock and a given working directory. */
final class TestContexts {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Path workingDir;

    TestContexts(Path workingDir) {
        this.workingDir = workingDir;
    }

    ReportContext context(boolean color, boolean disableUnicode) {
        return context(color, disableUnicode, null);
    }

    ReportContext context(boolean color, boolean disableUnicode, String collectionSource) {
        return new ReportContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), color, disableUnicode, false, false, workingDir,
                Clock.fixed(Instant.parse("2026-11-23T05:45:44.533Z"), ZoneOffset.UTC), ReportContext.NEWMAN_VERSION,
                collectionSource, ItemOwners.NONE);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
