package io.jnewman.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitorStateMachineTest {

    private static final MonitorKey KEY = new MonitorKey("smoke.postman_collection.json", "production");
    private static final Instant T0 = Instant.parse("2026-11-23T16:00:00Z");

    @ParameterizedTest(name = "{0} then {1} -> {2}")
    @CsvSource({
            "NONE,    PASSING, FIRST_PASS",
            "NONE,    FAILING, STARTED_FAILING",
            "PASSING, PASSING, STILL_PASSING",
            "PASSING, FAILING, STARTED_FAILING",
            "FAILING, FAILING, STILL_FAILING",
            "FAILING, PASSING, RECOVERED"})
    void transitionFollowsPreviousAndNewHealth(String before, Health now, Transition expected) {
        Optional<MonitorState> previous = before.equals("NONE") ? Optional.empty()
                : Optional.of(new MonitorState(Health.valueOf(before), T0));
        Observation observation = new Observation(KEY, now, T0.plusSeconds(300), "", "");

        assertThat(MonitorStateMachine.next(previous, observation)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "-300"})
    void aRunNoNewerThanTheRecordedOneIsStale(long offsetSeconds) {
        Optional<MonitorState> previous = Optional.of(new MonitorState(Health.FAILING, T0));
        Observation older = new Observation(KEY, Health.PASSING, T0.plusSeconds(offsetSeconds), "", "");

        assertThat(MonitorStateMachine.next(previous, older)).isEqualTo(Transition.STALE);
    }
}
