package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.jnewman.notifier.fakes.FakeSlack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackPosterTest {

    private final FakeSlack slack = new FakeSlack();
    private final List<Duration> waits = new ArrayList<>();
    private final SlackPoster poster;

    SlackPosterTest() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.getMethodsConfig().setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        poster = new SlackPoster(() -> client.methods("xoxb-t"), "C1", waits::add, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        slack.close();
    }

    private static final SlackMessage MESSAGE = new SlackMessage("hello", List.of());

    @Test
    void returnsTheMessageTimestamp() {
        assertThat(poster.post(MESSAGE)).isEqualTo("1700000000.1");
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 3; i++) {
            slack.thenReply(500, Map.of(), "");
        }
        assertThatThrownBy(() -> poster.post(MESSAGE))
                .hasMessage("Slack answered HTTP 500 to chat.postMessage after 3 attempts");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void retryAfterLongerThanTheInvocationWaitsFailsAtOnce() {
        slack.thenReply(429, Map.of("Retry-After", "120"), "");
        assertThatThrownBy(() -> poster.post(MESSAGE))
                .hasMessage("Slack asks to retry chat.postMessage after 120s, longer than the 30s this invocation waits");
        assertThat(slack.requests()).hasSize(1);
    }

    @Test
    void slackErrorIsNotRetried() {
        slack.thenReply(200, Map.of("Content-Type", "application/json"),
                "{\"ok\":false,\"error\":\"channel_not_found\"}");
        assertThatThrownBy(() -> poster.post(MESSAGE))
                .hasMessage("Slack refused chat.postMessage to C1: channel_not_found");
        assertThat(slack.requests()).hasSize(1);
    }
}
