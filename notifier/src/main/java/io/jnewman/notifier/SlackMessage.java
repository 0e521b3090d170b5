package io.jnewman.notifier;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A chat.postMessage body: Block Kit blocks plus the plain text Slack shows in notifications. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
