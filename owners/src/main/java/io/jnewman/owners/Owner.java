package io.jnewman.owners;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A team that owns part of a collection, with the Slack id that notifies it: a user group id (starts with {@code S})
 * or a user id (starts with {@code U} or {@code W}).
 */
public record Owner(String team, String slackId) {

    private static final Pattern SLACK_ID = Pattern.compile("[SUW][A-Z0-9]{2,}");

    public Owner {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(slackId, "slackId");
        if (team.isBlank()) {
            throw new IllegalArgumentException("team name is empty");
        }
        if (!isSlackId(slackId)) {
            throw new IllegalArgumentException("'" + slackId
                    + "' is not a Slack id (a user group id S…, or a user id U…/W…)");
        }
    }

    static boolean isSlackId(String text) {
        return SLACK_ID.matcher(text).matches();
    }

    /** True when the id names a user group, which Slack mentions as {@code <!subteam^ID>}. */
    public boolean isUserGroup() {
        return slackId.startsWith("S");
    }

    /** The mrkdwn that makes Slack notify this owner. */
    public String slackMention() {
        return isUserGroup() ? "<!subteam^" + slackId + ">" : "<@" + slackId + ">";
    }
}
