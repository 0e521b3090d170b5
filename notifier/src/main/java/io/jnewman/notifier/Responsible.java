package io.jnewman.notifier;

import io.jnewman.owners.Owner;
import java.util.Optional;

/** Who a failure is reported to: a team name and, when the owners file knows it, the Slack mention that notifies it. */
public record Responsible(String team, Optional<String> mention) {

    public static final Responsible UNOWNED = new Responsible("no owner", Optional.empty());

    public static Responsible of(Owner owner) {
        return new Responsible(owner.team(), Optional.of(owner.slackMention()));
    }
}
