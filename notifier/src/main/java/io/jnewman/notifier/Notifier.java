package io.jnewman.notifier;

import io.jnewman.monitor.Transition;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Posts one Slack summary per finished build: claim the build, read its report, compose, post. A build that ran as
 * part of a batch build (a shard) is not posted on its own: once all the batch's builds ended, one summary of the
 * whole batch is posted, its claim keyed by the batch ARN, so the shards finishing together post it once.
 */
public final class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    /** What an invocation did, for its log line and for tests. */
    public enum Outcome { POSTED, DUPLICATE, NOT_FINISHED, BATCH_RUNNING, MONITOR_STATE_CHANGED, MONITOR_STEADY }

    private final CodeBuildReports reports;
    private final OwnerResolver owners;
    private final SummaryMessageComposer composer;
    private final SlackPoster slack;
    private final PostedBuilds posted;
    private final Optional<MonitorRuns> monitor;

    public Notifier(CodeBuildReports reports, OwnerResolver owners, SummaryMessageComposer composer,
                    SlackPoster slack, PostedBuilds posted) {
        this(reports, owners, composer, slack, posted, Optional.empty());
    }

    /** @param monitor handles scheduled monitor builds; without it they are summarised like any other build */
    public Notifier(CodeBuildReports reports, OwnerResolver owners, SummaryMessageComposer composer,
                    SlackPoster slack, PostedBuilds posted, Optional<MonitorRuns> monitor) {
        this.reports = reports;
        this.owners = owners;
        this.composer = composer;
        this.slack = slack;
        this.posted = posted;
        this.monitor = monitor;
    }

    public Outcome notify(BuildEvent event) {
        if (!event.isFinal()) {
            LOG.info(() -> "ignoring " + event.buildArn() + ": status " + event.buildStatus() + " is not final");
            return Outcome.NOT_FINISHED;
        }
        BuildRun build = reports.build(event.buildArn());
        BuildRun run = build;
        if (build.inBatch()) {
            BatchRun batch = reports.batch(build.batchArn());
            if (!batch.finished()) {
                LOG.info(() -> "build " + event.buildArn() + " of batch " + build.batchArn()
                        + " ended; waiting for the batch's other builds");
                return Outcome.BATCH_RUNNING;
            }
            run = batch.asRun();
        }
        String key = run.isBatch() ? run.arn() : event.buildArn();
        if (!posted.claim(key)) {
            LOG.info(() -> "already posted " + key + "; not posting again");
            return Outcome.DUPLICATE;
        }
        String ts;
        Outcome outcome;
        try {
            BuildResult result = reports.results(run);
            if (result.run().monitor() && monitor.isPresent()) {
                List<Transition> transitions = monitor.get().record(result);
                LOG.info(() -> "monitor run " + key + ": " + transitions);
                ts = "";
                outcome = transitions.stream().anyMatch(Transition::isStateChange)
                        ? Outcome.MONITOR_STATE_CHANGED : Outcome.MONITOR_STEADY;
            } else {
                if (result.run().monitor()) {
                    LOG.warning("monitor run " + key + " but MONITOR_STATE_TABLE is not set: "
                            + "summarising it like any build");
                }
                BuildSummary summary = BuildSummary.of(result, owners);
                ts = slack.post(composer.compose(summary));
                LOG.info(() -> "posted " + key + " (" + summary.passed() + "/" + summary.total()
                        + " passed) as message " + ts);
                outcome = Outcome.POSTED;
            }
        } catch (RuntimeException e) {
            posted.release(key);
            throw e;
        }
        try {
            posted.markPosted(key, ts);
        } catch (RuntimeException e) {
            // the message is out; an unmarked claim still blocks repeats until it is old enough to count as abandoned
            LOG.warning("handled " + key + " but could not mark it posted: " + e.getMessage());
        }
        return outcome;
    }
}
