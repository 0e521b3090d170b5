package io.jnewman.notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A finished CodeBuild build as BatchGetBuilds describes it.
 *
 * @param monitor true for a scheduled monitor run (its build variables set the monitor flag): it pages and speaks
 *                only on state changes instead of posting a summary every time
 */
public record BuildRun(
        String arn,
        String projectName,
        Long buildNumber,
        String status,
        Optional<String> stage,
        Instant startTime,
        Instant endTime,
        List<String> reportArns,
        boolean monitor) {

    /** A build started for a deployment (not a monitor run). */
    public BuildRun(String arn, String projectName, Long buildNumber, String status, Optional<String> stage,
                    Instant startTime, Instant endTime, List<String> reportArns) {
        this(arn, projectName, buildNumber, status, stage, startTime, endTime, reportArns, false);
    }

    public Duration duration() {
        if (startTime == null || endTime == null) {
            return Duration.ZERO;
        }
        return Duration.between(startTime, endTime);
    }

    /** {@code region} and {@code account} out of {@code arn:aws:codebuild:region:account:build/project:id}. */
    public ArnParts arnParts() {
        return ArnParts.of(arn);
    }
}
