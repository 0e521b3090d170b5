package io.jnewman.report.html;

/**
 * One request on the waterfall: it starts where the requests before it ended (the run is sequential, and response
 * times are what the waterfall compares), {@code x} and {@code width} on a 0–1000 scale of the summed response times.
 */
public record TimelineBar(String anchor, String label, Outcome outcome, String x, String width, String time) {
}
