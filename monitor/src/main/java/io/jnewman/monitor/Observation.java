package io.jnewman.monitor;

import java.time.Instant;
import java.util.Objects;

/**
 * One monitor run's verdict for a key.
 *
 * @param observedAt when the run started; runs may be reported out of order, and an older one must not undo a newer
 * @param summary    one line for the incident title and the message, e.g. "3 of 15 tests failed"
 * @param link       where to look (the CodeBuild report, a local report file), may be empty
 */
public record Observation(MonitorKey key, Health health, Instant observedAt, String summary, String link) {

    public Observation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(observedAt, "observedAt");
        summary = summary == null ? "" : summary;
        link = link == null ? "" : link;
    }
}
