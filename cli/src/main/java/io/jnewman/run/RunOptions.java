package io.jnewman.run;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run: Newman's run options that the loop itself needs (HTTP and reporter settings live elsewhere).
 *
 * @param iterationCount  -n; 0 means "from the data rows, or 1"
 * @param filter          which requests run (--folder, --exclude-folder, --tag …)
 * @param delayRequest    --delay-request ms, slept before every item including the first
 * @param delayIteration  --delay-iteration ms, slept between iterations (beyond Newman)
 * @param timeout         --timeout ms for the whole run (0 = none)
 * @param timeoutRequest  --timeout-request ms (0 = none)
 * @param timeoutScript   --timeout-script ms (0 = none)
 * @param bailOnFailure   --bail / --bail failure: stop gracefully at the first failure
 * @param bailOnError     --bail folder: abort at the first script or request error
 * @param workingDir      --working-dir
 * @param insecureFileRead false with --no-insecure-file-read
 */
public record RunOptions(int iterationCount, ItemFilter filter, long delayRequest, long delayIteration, long timeout,
                         long timeoutRequest, long timeoutScript, boolean bailOnFailure, boolean bailOnError,
                         Path workingDir, boolean insecureFileRead) {
    public RunOptions {
        filter = filter == null ? ItemFilter.folders(List.of()) : filter;
        workingDir = workingDir == null ? Path.of("").toAbsolutePath() : workingDir;
    }

    public static RunOptions defaults() {
        return new RunOptions(0, null, 0, 0, 0, 0, 0, false, false, null, true);
    }
}
