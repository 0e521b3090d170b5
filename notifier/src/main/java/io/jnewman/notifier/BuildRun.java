package io.jnewman.notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A finished CodeBuild build as BatchGetBuilds describes it, or a whole batch build (its shards taken together).
 *
 * @param monitor  true for a scheduled monitor run (its build variables set the monitor flag): it pages and speaks
 *                 only on state changes instead of posting a summary every time
 * @param batchArn the batch build this build belongs to, or null; for a whole batch, its own ARN
 * @param builds   how many builds this run stands for: 1, or the number of builds of a batch
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
        boolean monitor,
        String batchArn,
        int builds) {

    /** A build outside any batch. */
    public BuildRun(String arn, String projectName, Long buildNumber, String status, Optional<String> stage,
                    Instant startTime, Instant endTime, List<String> reportArns, boolean monitor) {
        this(arn, projectName, buildNumber, status, stage, startTime, endTime, reportArns, monitor, null, 1);
    }

    /** A build started for a deployment (not a monitor run). */
    public BuildRun(String arn, String projectName, Long buildNumber, String status, Optional<String> stage,
                    Instant startTime, Instant endTime, List<String> reportArns) {
        this(arn, projectName, buildNumber, status, stage, startTime, endTime, reportArns, false);
    }

    /** True for a build that ran as part of a batch build (a shard), false for a whole batch or a lone build. */
    public boolean inBatch() {
        return batchArn != null && !batchArn.equals(arn);
    }

    /** True when this run stands for a whole batch build. */
    public boolean isBatch() {
        return batchArn != null && batchArn.equals(arn);
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
