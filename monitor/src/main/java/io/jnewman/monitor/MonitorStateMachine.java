package io.jnewman.monitor;

import java.util.Optional;

/** The monitor's rules, free of any I/O: the previous state and a new observation give a transition. */
public final class MonitorStateMachine {

    private MonitorStateMachine() {
    }

    public static Transition next(Optional<MonitorState> previous, Observation observation) {
        if (previous.isPresent() && !observation.observedAt().isAfter(previous.get().observedAt())) {
            return Transition.STALE;
        }
        Health before = previous.map(MonitorState::health).orElse(null);
        if (observation.health() == Health.FAILING) {
            return before == Health.FAILING ? Transition.STILL_FAILING : Transition.STARTED_FAILING;
        }
        if (before == null) {
            return Transition.FIRST_PASS;
        }
        return before == Health.FAILING ? Transition.RECOVERED : Transition.STILL_PASSING;
    }
}
