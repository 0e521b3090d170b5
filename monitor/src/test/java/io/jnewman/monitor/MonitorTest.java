package io.jnewman.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jnewman.monitor.fakes.FakePagerDuty;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor with the real PagerDuty client against a loopback PagerDuty, and a listener standing for a channel. */
class MonitorTest {

    private static final MonitorKey KEY = new MonitorKey("smoke.postman_collection.json", "production");
    private static final Instant T0 = Instant.parse("2026-11-23T16:00:00Z");

    private final FakePagerDuty pagerDuty = new FakePagerDuty();
    private final List<String> channel = new ArrayList<>();
    private final InMemoryMonitorStates states = new InMemoryMonitorStates();
    private final Monitor monitor = new Monitor(states, List.of(
            new PagerDutyAlerts(new PagerDutyEvents(HttpClient.newHttpClient(), pagerDuty.endpoint(),
                    () -> "R0UTINGKEY", d -> { }, 3)),
            (transition, observation) -> channel.add(transition + " " + observation.key().dedupKey())));

    MonitorTest() throws Exception {
    }

    @AfterEach
    void close() {
        pagerDuty.close();
    }

    private Transition run(int minute, Health health) {
        return monitor.observe(new Observation(KEY, health, T0.plusSeconds(60L * minute),
                health == Health.FAILING ? "2 of 15 tests failed" : "15 of 15 passed", "https://report/" + minute));
    }

    @Test
    void passFailFailPassPagesOnceResolvesOnceAndMessagesTwice() {
        assertThat(List.of(run(0, Health.PASSING), run(5, Health.FAILING), run(10, Health.FAILING),
                run(15, Health.PASSING)))
                .containsExactly(Transition.FIRST_PASS, Transition.STARTED_FAILING, Transition.STILL_FAILING,
                        Transition.RECOVERED);

        assertThat(pagerDuty.events("trigger")).singleElement().satisfies(trigger -> {
            assertThat(trigger.path("routing_key").asText()).isEqualTo("R0UTINGKEY");
            assertThat(trigger.path("dedup_key").asText()).isEqualTo("jnewman/production/smoke.postman_collection.json");
            assertThat(trigger.at("/payload/summary").asText())
                    .isEqualTo("smoke.postman_collection.json is failing on production: 2 of 15 tests failed");
            assertThat(trigger.at("/payload/severity").asText()).isEqualTo("critical");
            assertThat(trigger.at("/links/0/href").asText()).isEqualTo("https://report/5");
        });
        assertThat(pagerDuty.events("resolve")).singleElement()
                .satisfies(r -> assertThat(r.path("dedup_key").asText())
                        .isEqualTo("jnewman/production/smoke.postman_collection.json"));
        assertThat(pagerDuty.events()).hasSize(2);
        assertThat(channel).containsExactly(
                "STARTED_FAILING jnewman/production/smoke.postman_collection.json",
                "RECOVERED jnewman/production/smoke.postman_collection.json");
    }

    @Test
    void keysAreWatchedIndependently() {
        run(0, Health.FAILING);
        monitor.observe(new Observation(new MonitorKey("smoke.postman_collection.json", "staging"), Health.FAILING,
                T0, "", ""));

        assertThat(pagerDuty.events("trigger")).extracting(e -> e.path("dedup_key").asText()).containsExactly(
                "jnewman/production/smoke.postman_collection.json", "jnewman/staging/smoke.postman_collection.json");
    }

    @Test
    void aChangeThatCouldNotBeAnnouncedIsAnnouncedByTheNextRun() {
        run(0, Health.PASSING);
        pagerDuty.thenAnswer(400);
        assertThatThrownBy(() -> run(5, Health.FAILING)).isInstanceOf(PagerDutyException.class);
        assertThat(states.load(KEY)).map(MonitorState::health).contains(Health.PASSING);

        assertThat(run(10, Health.FAILING)).isEqualTo(Transition.STARTED_FAILING);
        assertThat(pagerDuty.events("trigger")).hasSize(1);
        assertThat(channel).hasSize(1);
    }

    @Test
    void anOutOfOrderRunChangesNothing() {
        run(10, Health.FAILING);
        assertThat(run(5, Health.PASSING)).isEqualTo(Transition.STALE);

        assertThat(pagerDuty.events("resolve")).isEmpty();
        assertThat(states.load(KEY)).map(MonitorState::health).contains(Health.FAILING);
    }
}
