package io.jnewman.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.BatchGetBuildsResponse;
import software.amazon.awssdk.services.codebuild.model.StatusType;

/**
 * Waits for a build to end by reading its status with BatchGetBuilds, first after {@code firstPoll}, then after
 * doubling waits capped at {@code longestPoll}, never past the deadline. A smoke run takes minutes, so a read every
 * half-minute at most costs a few dozen calls and decides within 30 s of the build's end.
 */
public final class BuildWatch {

    private final CodeBuildClient codeBuild;
    private final GateClock clock;
    private final Duration firstPoll;
    private final Duration longestPoll;

    public BuildWatch(CodeBuildClient codeBuild, GateClock clock, Duration firstPoll, Duration longestPoll) {
        this.codeBuild = codeBuild;
        this.clock = clock;
        this.firstPoll = firstPoll;
        this.longestPoll = longestPoll;
    }

    /** The build's final status, or empty when the deadline came first. */
    public Optional<StatusType> awaitEnd(String buildId, Instant deadline) throws InterruptedException {
        Duration wait = firstPoll;
        while (clock.now().isBefore(deadline)) {
            Duration left = Duration.between(clock.now(), deadline);
            clock.sleep(wait.compareTo(left) < 0 ? wait : left);
            BatchGetBuildsResponse found = codeBuild.batchGetBuilds(r -> r.ids(buildId));
            if (!found.hasBuilds() || found.builds().isEmpty()) {
                throw new IllegalStateException("CodeBuild no longer knows build " + buildId);
            }
            StatusType status = found.builds().get(0).buildStatus();
            if (status != StatusType.IN_PROGRESS) {
                return Optional.of(status);
            }
            Duration doubled = wait.multipliedBy(2);
            wait = doubled.compareTo(longestPoll) < 0 ? doubled : longestPoll;
        }
        return Optional.empty();
    }
}
