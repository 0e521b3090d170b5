package io.jnewman.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OwnerTest {

    @Test
    void userGroupIsMentionedAsSubteam() {
        assertThat(new Owner("payments", "S0PAYMENTS").slackMention()).isEqualTo("<!subteam^S0PAYMENTS>");
    }

    @Test
    void userIsMentionedByUserId() {
        assertThat(new Owner("alice", "U0ALICE").slackMention()).isEqualTo("<@U0ALICE>");
        assertThat(new Owner("bob", "W0BOB").slackMention()).isEqualTo("<@W0BOB>");
    }

    @Test
    void rejectsNonSlackIdsAndEmptyTeams() {
        assertThatThrownBy(() -> new Owner("t", "#channel")).hasMessageContaining("is not a Slack id");
        assertThatThrownBy(() -> new Owner(" ", "S01")).hasMessage("team name is empty");
    }
}
