package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierConfigTest {

    @Test
    void readsTheLambdaEnvironment() {
        NotifierConfig config = NotifierConfig.fromEnvironment(Map.of(
                "SLACK_CHANNEL", "C1", "SLACK_TOKEN_SECRET_ARN", "arn:s", "DEDUP_TABLE", "t"));
        assertThat(config).isEqualTo(new NotifierConfig("C1", "arn:s", "t", "STAGE", Optional.empty()));
    }

    @Test
    void missingSettingIsNamed() {
        assertThatThrownBy(() -> NotifierConfig.fromEnvironment(Map.of("SLACK_CHANNEL", "C1")))
                .hasMessage("environment variable SLACK_TOKEN_SECRET_ARN is not set");
    }

    @Test
    void bundledOwnersFileIsTheProjectsOwnersFile() {
        assertThat(NotifierAssembly.bundledOwners().rules()).isNotEmpty();
        assertThat(NotifierAssembly.bundledOwners().ownerNamed("payments")).isPresent();
    }
}
