package io.jnewman.notifier;

import java.util.logging.Logger;

/** Posts one Slack summary per finished build: claim the build, read its report, compose, post. */
public final class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    /** What an invocation did, for its log line and for tests. */
    public enum Outcome { POSTED, DUPLICATE, NOT_FINISHED }

    private final CodeBuildReports reports;
    private final OwnerResolver owners;
    private final SummaryMessageComposer composer;
    private final SlackPoster slack;
    private final PostedBuilds posted;

    public Notifier(CodeBuildReports reports, OwnerResolver owners, SummaryMessageComposer composer,
                    SlackPoster slack, PostedBuilds posted) {
        this.reports = reports;
        this.owners = owners;
        this.composer = composer;
        this.slack = slack;
        this.posted = posted;
    }

    public Outcome notify(BuildEvent event) {
        if (!event.isFinal()) {
            LOG.info(() -> "ignoring " + event.buildArn() + ": status " + event.buildStatus() + " is not final");
            return Outcome.NOT_FINISHED;
        }
        if (!posted.claim(event.buildArn())) {
            LOG.info(() -> "already posted " + event.buildArn() + "; not posting again");
            return Outcome.DUPLICATE;
        }
        String ts;
        BuildSummary summary;
        try {
            summary = BuildSummary.of(reports.fetch(event.buildArn()), owners);
            ts = slack.post(composer.compose(summary));
        } catch (RuntimeException e) {
            posted.release(event.buildArn());
            throw e;
        }
        LOG.info(() -> "posted " + event.buildArn() + " (" + summary.passed() + "/" + summary.total()
                + " passed) as message " + ts);
        try {
            posted.markPosted(event.buildArn(), ts);
        } catch (RuntimeException e) {
            // the message is out; an unmarked claim still blocks repeats until it is old enough to count as abandoned
            LOG.warning("posted " + event.buildArn() + " but could not mark it posted: " + e.getMessage());
        }
        return Outcome.POSTED;
    }
}
