package io.jnewman.monitor;

import java.util.Optional;

/** Where the last state per key lives between runs: memory for a local loop, a table for the Lambda. */
public interface MonitorStateStore {

    Optional<MonitorState> load(MonitorKey key);

    void save(MonitorKey key, MonitorState state);
}
