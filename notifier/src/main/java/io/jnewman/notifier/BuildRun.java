package io.jnewman.notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A finished CodeBuild build as BatchGetBuilds describes it. */
public record BuildRun(
        String arn,
        String projectName,
        Long buildNumber,
        String status,
        Optional<String> stage,
        Instant startTime,
        Instant endTime,
        List<String> reportArns) {

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
