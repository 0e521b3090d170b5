package io.jnewman.monitor;

/** Pages on call when a key starts failing and resolves the page when it recovers, one incident per dedup key. */
public final class PagerDutyAlerts implements StateChangeListener {

    private final PagerDutyEvents events;

    public PagerDutyAlerts(PagerDutyEvents events) {
        this.events = events;
    }

    @Override
    public void onStateChange(Transition transition, Observation observation) {
        MonitorKey key = observation.key();
        switch (transition) {
            case STARTED_FAILING -> events.trigger(key.dedupKey(),
                    key.collection() + " is failing on " + key.environment()
                            + (observation.summary().isEmpty() ? "" : ": " + observation.summary()),
                    key.environment(), observation.link());
            case RECOVERED -> events.resolve(key.dedupKey());
            default -> {
                // only state changes reach listeners
            }
        }
    }
}
