package io.jnewman.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Newman's export path rules ({@code lib/run/export-file.js}): without a path the file goes to
 * {@code newman/<name>-<ISO timestamp, non-digit runs → '-'>0.<ext>}; missing parent directories are created; a path
 * that is an existing directory receives the default-named file inside it. Relative paths resolve against the
 * working directory.
 */
public final class ExportPath {
    private ExportPath() {
    }

    /**
     * @param requested   the user's path, or null for the default
     * @param defaultName e.g. "newman-run-report.xml"
     * @return the file to write, its parent directories created
     */
    public static Path resolve(String requested, String defaultName, Path workingDir, Clock clock) {
        Path target;
        if (requested == null || requested.isBlank()) {
            target = workingDir.resolve("newman").resolve(timestamped(defaultName, clock));
        } else {
            target = workingDir.resolve(requested);
            if (Files.isDirectory(target)) target = target.resolve(timestamped(defaultName, clock));
        }
        Path parent = target.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ReportException("error creating path for file \"" + target + "\": " + e.getMessage(), e);
        }
        return target;
    }

    /** "newman-run-report.xml" → "newman-run-report-2026-11-23-05-45-44-533-0.xml". */
    static String timestamped(String defaultName, Clock clock) {
        int dot = defaultName.lastIndexOf('.');
        String base = dot < 0 ? defaultName : defaultName.substring(0, dot);
        String ext = dot < 0 ? "" : defaultName.substring(dot);
        String iso = JsDate.toIsoString(clock.instant());
        return base + "-" + iso.replaceAll("[^\\d]+", "-") + "0" + ext;
    }
}
