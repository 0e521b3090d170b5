package io.jnewman.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a reporter's file at its export path. A file that cannot be written is reported on one line
 * ({@code error: error writing file "…" for junit-reporter: …}, Newman's wording) and the run goes on, so one
 * unwritable path never costs the other reports. Secret values are masked in the file's text.
 */
final class ReportFile {
    /** Produces the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFile() {
    }

    /** @return the file written, or null when it could not be */
    static Path write(ReportContext context, String requested, String defaultName, String source, Content content) {
        Path file = null;
        try {
            file = ExportPath.resolve(requested, defaultName, context.workingDir(), context.clock());
            if (context.masker().masksNothing()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    content.writeTo(out);
                }
            } else {
                // secrets may be split across the writer's buffers, so the file is masked as a whole
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                content.writeTo(buffer);
                Files.writeString(file, context.masker().apply(buffer.toString(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
            return file;
        } catch (ReportException e) {
            context.err().println("error: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            context.err().println("error: error writing file \"" + file + "\" for " + source + ": " + e.getMessage());
        }
        return null;
    }
}
