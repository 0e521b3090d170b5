package io.jnewman.notifier;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import io.jnewman.monitor.Observation;
import io.jnewman.monitor.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * The Slack message for a monitor state change: the usual summary of the affected collection's run (failures by
 * owner, with mentions) under a line saying what changed, so the channel hears of an outage once when it starts and
 * once when it ends.
 */
public final class MonitorMessages {

    private final OwnerResolver owners;
    private final SummaryMessageComposer composer;
    private final SlackPoster slack;

    public MonitorMessages(OwnerResolver owners, SummaryMessageComposer composer, SlackPoster slack) {
        this.owners = owners;
        this.composer = composer;
        this.slack = slack;
    }

    public void post(Transition transition, Observation observation, BuildResult shown) {
        SlackMessage summary = composer.compose(BuildSummary.of(shown, owners));
        String change = (transition == Transition.RECOVERED ? ":large_green_circle: *Recovered:* " : ":red_circle: *Failing:* ")
                + "monitor of `" + Mrkdwn.escape(observation.key().collection()) + "` on *"
                + Mrkdwn.escape(observation.key().environment()) + "*"
                + (observation.summary().isEmpty() ? "" : " — " + Mrkdwn.escape(observation.summary()))
                + (transition == Transition.RECOVERED ? " (PagerDuty incident resolved)" : " (PagerDuty incident opened)");
        List<LayoutBlock> blocks = new ArrayList<>(summary.blocks());
        if (blocks.size() >= SummaryMessageComposer.MAX_BLOCKS) {
            blocks.remove(blocks.size() - 2); // Slack's block limit: give up the last failure group, keep the footer
        }
        blocks.add(Math.min(1, blocks.size()), section(s -> s.text(markdownText(change))));
        slack.post(new SlackMessage(change.replace("*", "") + " · " + summary.text(), blocks));
    }
}
