package io.jnewman.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersParserTest {

    @Test
    void readsRulesSkippingCommentsAndBlankLines() {
        Owners owners = Owners.parse("OWNERS", """
                # owners of the smoke collections

                smoke.json            payments   S0PAYMENTS
                \tsmoke.json/Users\tidentity\tU0ALICE   # trailing comment
                """);
        assertThat(owners.rules()).extracting(OwnerRule::line).containsExactly(3, 4);
        assertThat(owners.rules().get(1).owner()).isEqualTo(new Owner("identity", "U0ALICE"));
        assertThat(owners.rules().get(1).pattern().source()).isEqualTo("smoke.json/Users");
    }

    @Test
    void acceptsWindowsLineEndings() {
        Owners owners = Owners.parse("OWNERS", "a.json t1 S01\r\nb.json t2 S02\r\n");
        assertThat(owners.rules()).hasSize(2);
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> Owners.parse("collections/OWNERS", "a.json t1 S01\nb.json t2\n"))
                .isInstanceOf(OwnersFileException.class)
                .hasMessage("collections/OWNERS:2: expected '<pattern> <team> <slack id>', found 2 fields");
        assertThatThrownBy(() -> Owners.parse("OWNERS", "a.json t1 S01 extra"))
                .hasMessage("OWNERS:1: expected '<pattern> <team> <slack id>', found 4 fields");
    }

    @Test
    void badSlackIdNamesFileAndLine() {
        assertThatThrownBy(() -> Owners.parse("OWNERS", "\n\na.json payments @payments"))
                .hasMessage("OWNERS:3: '@payments' is not a Slack id (a user group id S…, or a user id U…/W…)");
    }

    @Test
    void badPatternNamesFileAndLine() {
        assertThatThrownBy(() -> Owners.parse("OWNERS", "a.json//x t S01"))
                .hasMessageStartingWith("OWNERS:1: empty path segment");
    }

    @Test
    void loneBackslashIsAnError() {
        assertThatThrownBy(() -> Owners.parse("OWNERS", "a.json t S01 \\"))
                .hasMessage("OWNERS:1: line ends with a lone backslash");
    }

    @Test
    void errorMessagesAreOneLine() {
        for (String bad : List.of("x", "a b c d", "a//b t S01", "a t lower")) {
            assertThatThrownBy(() -> Owners.parse("OWNERS", bad)).satisfies(e ->
                    assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void escapedSpacesKeepPatternsWithSpacesInOneField() {
        Owners owners = Owners.parse("OWNERS", "smoke.json/User\\ accounts/Get\\ user identity U0ALICE");
        assertThat(owners.ownerOf("smoke.json", List.of("User accounts", "Get user")))
                .contains(new Owner("identity", "U0ALICE"));
    }
}
