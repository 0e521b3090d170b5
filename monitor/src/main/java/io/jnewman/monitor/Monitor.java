package io.jnewman.monitor;

import java.util.List;
import java.util.Optional;

/**
 * Records monitor runs and tells its listeners when a key changes state. Listeners run before the new state is saved:
 * if one fails, the state stays as it was and the next delivery of the same run (or the next run) announces the
 * change again, which PagerDuty absorbs through the dedup key; a saved state therefore always means "announced".
 */
public final class Monitor {

    private final MonitorStateStore states;
    private final List<StateChangeListener> listeners;

    public Monitor(MonitorStateStore states, List<StateChangeListener> listeners) {
        this.states = states;
        this.listeners = List.copyOf(listeners);
    }

    public Transition observe(Observation observation) {
        Optional<MonitorState> previous = states.load(observation.key());
        Transition transition = MonitorStateMachine.next(previous, observation);
        if (transition == Transition.STALE) {
            return transition;
        }
        if (transition.isStateChange()) {
            for (StateChangeListener listener : listeners) {
                listener.onStateChange(transition, observation);
            }
        }
        states.save(observation.key(), new MonitorState(observation.health(), observation.observedAt()));
        return transition;
    }
}
