package io.jnewman.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jnewman.monitor.fakes.FakePagerDuty;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagerDutyEventsTest {

    private final FakePagerDuty pagerDuty = new FakePagerDuty();
    private final List<Duration> waits = new ArrayList<>();
    private final PagerDutyEvents events = new PagerDutyEvents(HttpClient.newHttpClient(), pagerDuty.endpoint(),
            () -> "R0UTINGKEY", waits::add, 3);

    PagerDutyEventsTest() throws Exception {
    }

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    @Test
    void throttlingAndServerErrorsAreRetriedWithDoublingWaits() {
        pagerDuty.thenAnswer(429).thenAnswer(503);

        events.resolve("jnewman/production/smoke");

        assertThat(pagerDuty.requestCount()).isEqualTo(3);
        assertThat(pagerDuty.events("resolve")).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRejectedEventIsNotRetried() {
        pagerDuty.thenAnswer(400);

        assertThatThrownBy(() -> events.trigger("k", "down", "production", ""))
                .isInstanceOf(PagerDutyException.class).hasMessageContaining("answered 400 to trigger");
        assertThat(pagerDuty.requestCount()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastAttemptNamingTheProblem() {
        pagerDuty.thenAnswer(500).thenAnswer(500).thenAnswer(500);

        assertThatThrownBy(() -> events.resolve("k")).isInstanceOf(PagerDutyException.class)
                .hasMessageContaining("answered 500 to resolve").hasMessageContaining("after 3 attempts");
    }

    @Test
    void anUnreachableEndpointIsReportedInOneLine() {
        PagerDutyEvents nowhere = new PagerDutyEvents(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:9/v2/enqueue"), () -> "R", waits::add, 2);

        assertThatThrownBy(() -> nowhere.resolve("k")).isInstanceOf(PagerDutyException.class)
                .hasMessageStartingWith("cannot reach PagerDuty at http://127.0.0.1:9/v2/enqueue for resolve");
    }

    @Test
    void longSummariesAreCutToTheApiLimit() {
        events.trigger("k", "x".repeat(5000), "production", "");

        assertThat(pagerDuty.events("trigger").get(0).at("/payload/summary").asText())
                .hasSize(PagerDutyEvents.MAX_SUMMARY).endsWith("…");
    }
}
