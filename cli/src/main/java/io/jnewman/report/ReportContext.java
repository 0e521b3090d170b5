package io.jnewman.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every reporter may use besides its own options: where console output goes, the run's global display options,
 * the directory default export paths are relative to, the clock for default file names, and the version written into
 * exports (Newman's, so the files stay compatible).
 *
 * @param out            console output (the cli reporter's stream)
 * @param err            warnings (unknown reporter names)
 * @param color          ANSI colours on
 * @param disableUnicode plain-text symbols instead of box drawing and check marks
 * @param verbose        --verbose
 * @param silent         --silent: the cli reporter prints nothing
 * @param workingDir     base for relative and default export paths
 * @param clock          for default export file names
 * @param exportVersion  "6.2.2", written as {@code Newman/6.2.2}
 * @param collectionSource the collection's path or URL as given (reports that name the file use it; may be null)
 * @param owners         who owns an item, from the owners file (none when there is no file)
 * @param masker         hides secret values in every report file (console streams are masked where they are made)
 */
public record ReportContext(PrintStream out, PrintStream err, boolean color, boolean disableUnicode, boolean verbose,
                            boolean silent, Path workingDir, Clock clock, String exportVersion,
                            String collectionSource, ItemOwners owners, SecretMasker masker) {
    public ReportContext {
        owners = owners == null ? ItemOwners.NONE : owners;
        masker = masker == null ? SecretMasker.NONE : masker;
    }

    /** A context without secrets to mask. */
    public ReportContext(PrintStream out, PrintStream err, boolean color, boolean disableUnicode, boolean verbose,
                         boolean silent, Path workingDir, Clock clock, String exportVersion,
                         String collectionSource, ItemOwners owners) {
        this(out, err, color, disableUnicode, verbose, silent, workingDir, clock, exportVersion, collectionSource,
                owners, SecretMasker.NONE);
    }

    public static final String NEWMAN_VERSION = "6.2.2";

    /** Console defaults: stdout/stderr, current directory, system clock, Newman's version. */
    public static ReportContext console(boolean color, boolean disableUnicode, boolean verbose, boolean silent,
                                        String collectionSource) {
        return new ReportContext(System.out, System.err, color, disableUnicode, verbose, silent,
                Path.of("").toAbsolutePath(), Clock.systemUTC(), NEWMAN_VERSION, collectionSource, ItemOwners.NONE);
    }

    public String exportedUsing() {
        return "Newman/" + exportVersion;
    }
}
