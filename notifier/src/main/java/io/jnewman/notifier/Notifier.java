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
        try {
            BuildSummary summary = BuildSummary.of(reports.fetch(event.buildArn()), owners);
            String ts = slack.post(composer.compose(summary));
            LOG.info(() -> "posted " + event.buildArn() + " (" + summary.passed() + "/" + summary.total()
                    + " passed) as message " + ts);
            return Outcome.POSTED;
        } catch (RuntimeException e) {
            posted.release(event.buildArn());
            throw e;
        }
    }
}
