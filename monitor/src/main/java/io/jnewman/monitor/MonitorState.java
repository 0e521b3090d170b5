package io.jnewman.monitor;

import java.time.Instant;

/** What is remembered per key between runs: the last health seen and the start of the run that saw it. */
public record MonitorState(Health health, Instant observedAt) {
}
