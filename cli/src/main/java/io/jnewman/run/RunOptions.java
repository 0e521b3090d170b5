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
 * @param retries         --retry: how many times a failed item is run again (beyond Newman; 0 = never)
 * @param retryDelay      --retry-delay ms, slept before each retry
 * @param maxItemRuns     --max-item-runs: how often one item may run in one iteration before the run is stopped as a
 *                        setNextRequest loop (beyond Newman; 0 = no limit)
 */
public record RunOptions(int iterationCount, ItemFilter filter, long delayRequest, long delayIteration, long timeout,
                         long timeoutRequest, long timeoutScript, boolean bailOnFailure, boolean bailOnError,
                         Path workingDir, boolean insecureFileRead, int retries, long retryDelay, int maxItemRuns) {
    public RunOptions {
        filter = filter == null ? ItemFilter.folders(List.of()) : filter;
        workingDir = workingDir == null ? Path.of("").toAbsolutePath() : workingDir;
    }

    /** Newman's options only: no retries, no loop limit. */
    public RunOptions(int iterationCount, ItemFilter filter, long delayRequest, long delayIteration, long timeout,
                      long timeoutRequest, long timeoutScript, boolean bailOnFailure, boolean bailOnError,
                      Path workingDir, boolean insecureFileRead) {
        this(iterationCount, filter, delayRequest, delayIteration, timeout, timeoutRequest, timeoutScript,
                bailOnFailure, bailOnError, workingDir, insecureFileRead, 0, 0, 0);
    }

    /** These options with --retry and --retry-delay. */
    public RunOptions withRetries(int count, long delayMillis) {
        return new RunOptions(iterationCount, filter, delayRequest, delayIteration, timeout, timeoutRequest,
                timeoutScript, bailOnFailure, bailOnError, workingDir, insecureFileRead, count, delayMillis, maxItemRuns);
    }

    /** These options with --max-item-runs (0 = no limit). */
    public RunOptions withMaxItemRuns(int limit) {
        return new RunOptions(iterationCount, filter, delayRequest, delayIteration, timeout, timeoutRequest,
                timeoutScript, bailOnFailure, bailOnError, workingDir, insecureFileRead, retries, retryDelay, limit);
    }

    public static RunOptions defaults() {
        return new RunOptions(0, null, 0, 0, 0, 0, 0, false, false, null, true);
    }
}
