package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
    void monitorSettingsComeWithTheStateTable() {
        NotifierConfig config = NotifierConfig.fromEnvironment(Map.of(
                "SLACK_CHANNEL", "C1", "SLACK_TOKEN_SECRET_ARN", "arn:s", "DEDUP_TABLE", "t",
                "MONITOR_STATE_TABLE", "states", "PAGERDUTY_ROUTING_KEY_SECRET_ARN", "arn:pd"));
        assertThat(config.monitor()).contains(new MonitorConfig("states", "arn:pd",
                URI.create("https://events.pagerduty.com/v2/enqueue")));
        assertThat(config.monitorVariable()).isEqualTo("JNEWMAN_MONITOR");
    }

    @Test
    void aMonitorWithoutRoutingKeyOrWithABadEndpointIsRefusedInOneLine() {
        Map<String, String> base = Map.of("SLACK_CHANNEL", "C1", "SLACK_TOKEN_SECRET_ARN", "arn:s",
                "DEDUP_TABLE", "t", "MONITOR_STATE_TABLE", "states");
        assertThatThrownBy(() -> NotifierConfig.fromEnvironment(base))
                .hasMessage("environment variable PAGERDUTY_ROUTING_KEY_SECRET_ARN is not set");
        Map<String, String> badUrl = new java.util.HashMap<>(base);
        badUrl.put("PAGERDUTY_ROUTING_KEY_SECRET_ARN", "arn:pd");
        badUrl.put("PAGERDUTY_EVENTS_URL", "events.example.test/v2");
        assertThatThrownBy(() -> NotifierConfig.fromEnvironment(badUrl))
                .hasMessage("environment variable PAGERDUTY_EVENTS_URL is not a URL: events.example.test/v2");
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
