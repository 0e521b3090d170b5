package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.owners.Owners;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerResolverTest {

    private final OwnerResolver resolver = new OwnerResolver(Owners.parse("OWNERS", """
            smoke.postman_collection.json                payments  S0PAY
            smoke.postman_collection.json/Users          identity  S0ID
            smoke.postman_collection.json/Users/Admin    alice     U0ALICE
            """));

    private static TestCase testCase(String prefix, String suite) {
        return new TestCase(prefix, suite, "status is 200", "FAILED", "");
    }

    @Test
    void ownerIsMatchedOnCollectionFileAndFolderPath() {
        assertThat(resolver.resolve(testCase("smoke.postman_collection.json", "Users / Admin / Delete")))
                .isEqualTo(new Responsible("alice", Optional.of("<@U0ALICE>")));
        assertThat(resolver.resolve(testCase("smoke.postman_collection.json", "Users / Get user")))
                .isEqualTo(new Responsible("identity", Optional.of("<!subteam^S0ID>")));
        assertThat(resolver.resolve(testCase("smoke.postman_collection.json", "Health")).team())
                .isEqualTo("payments");
    }

    @Test
    void ownerWrittenIntoTheReportWinsAndTakesItsMentionFromTheOwnersFile() {
        assertThat(resolver.resolve(testCase("smoke.postman_collection.json", "Users / Get user [owner: payments]")))
                .isEqualTo(new Responsible("payments", Optional.of("<!subteam^S0PAY>")));
    }

    @Test
    void ownerUnknownToTheOwnersFileIsNamedWithoutMention() {
        assertThat(resolver.resolve(testCase("other.json", "A / B [owner: search]")))
                .isEqualTo(new Responsible("search", Optional.empty()));
    }

    @Test
    void caseNoRuleMatchesIsUnowned() {
        assertThat(resolver.resolve(testCase("other.postman_collection.json", "A / B")))
                .isEqualTo(Responsible.UNOWNED);
    }

    @Test
    void pathDropsTheOwnerTag() {
        assertThat(OwnerResolver.itemPath("Users / Get user [owner: identity]")).containsExactly("Users", "Get user");
        assertThat(OwnerResolver.displayPath(testCase("x", "Users / Get user [owner: identity]")))
                .isEqualTo("Users / Get user");
        assertThat(OwnerResolver.itemPath("")).isEqualTo(List.of());
    }
}
