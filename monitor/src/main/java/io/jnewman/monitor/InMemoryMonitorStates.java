package io.jnewman.monitor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** States held for the life of one process, enough for a monitor loop on a developer machine or a plain VM. */
public final class InMemoryMonitorStates implements MonitorStateStore {

    private final Map<MonitorKey, MonitorState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<MonitorState> load(MonitorKey key) {
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public void save(MonitorKey key, MonitorState state) {
        states.put(key, state);
    }
}
