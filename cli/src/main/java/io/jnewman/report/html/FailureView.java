package io.jnewman.report.html;

/** One line of the report's failure list: which request (linking to its section), what failed (the test name or the error name) and why, who owns it; anchor is null for a run-level failure. */
public record FailureView(String anchor, String request, int iteration, String what, String message, String owner) {
}
