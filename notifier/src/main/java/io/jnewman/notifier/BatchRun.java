package io.jnewman.notifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A batch build as BatchGetBuildBatches and BatchGetBuilds describe it: its shard builds (every build group but the
 * one that downloads the source and reads the batch buildspec) and whether they are all done.
 *
 * @param complete       CodeBuild marked the batch complete
 * @param allGroupsBuilt every shard group has a build (a group still waiting for a free slot has none yet)
 * @param builds         the shard builds, in build-group order
 */
public record BatchRun(String arn, String projectName, Long batchNumber, String batchStatus, boolean complete,
                       Instant startTime, Instant endTime, boolean allGroupsBuilt, List<BuildRun> builds) {

    public BatchRun {
        builds = List.copyOf(builds);
    }

    /**
     * Whether the batch is over for reporting: CodeBuild says so, or every shard has a build and all of them ended.
     * The second half matters because the batch's own status may still read IN_PROGRESS when the event of its last
     * build arrives; no event follows the batch's own completion.
     */
    public boolean finished() {
        return complete || (!builds.isEmpty() && allGroupsBuilt
                && builds.stream().allMatch(b -> BuildEvent.FINAL_STATUSES.contains(b.status())));
    }

    /** The batch as one run: its shards' reports together, the worst shard status, the stage they ran against. */
    public BuildRun asRun() {
        Set<String> reportArns = new LinkedHashSet<>();
        builds.forEach(b -> reportArns.addAll(b.reportArns()));
        Optional<String> stage = builds.stream().map(BuildRun::stage).flatMap(Optional::stream).findFirst();
        Instant start = startTime != null ? startTime
                : builds.stream().map(BuildRun::startTime).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        Instant end = builds.stream().map(BuildRun::endTime).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(endTime);
        return new BuildRun(arn, projectName, batchNumber, status(), stage, start, end, new ArrayList<>(reportArns),
                false, arn, builds.size());
    }

    /** FAILED if a shard failed (or faulted, or timed out), else STOPPED if one was stopped, else SUCCEEDED. */
    String status() {
        if (builds.isEmpty()) return batchStatus == null ? "FAILED" : batchStatus;
        Set<String> statuses = new LinkedHashSet<>();
        builds.forEach(b -> statuses.add(b.status()));
        if (statuses.contains("FAILED") || statuses.contains("FAULT") || statuses.contains("TIMED_OUT")) return "FAILED";
        if (statuses.contains("STOPPED")) return "STOPPED";
        return "SUCCEEDED";
    }
}
