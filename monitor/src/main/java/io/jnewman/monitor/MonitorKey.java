package io.jnewman.monitor;

import java.util.Objects;

/**
 * What a monitor watches: one collection against one environment. Its {@link #dedupKey()} is PagerDuty's
 * {@code dedup_key}, so every failing run of the same pair updates one incident instead of opening another.
 */
public record MonitorKey(String collection, String environment) {

    public MonitorKey {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(environment, "environment");
    }

    /** {@code jnewman/<environment>/<collection>}; PagerDuty allows 255 characters, so long names are cut. */
    public String dedupKey() {
        String key = "jnewman/" + environment + "/" + collection;
        return key.length() <= 255 ? key : key.substring(0, 255);
    }
}
