package io.jnewman.report.html;

/** One pm.test result: its name, outcome and, for a failure, the error message. */
public record AssertionView(String name, Outcome outcome, String error) {
}
