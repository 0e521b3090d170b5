package io.jnewman.report.html;

/** A script error or a request error of one item: where it happened ("test-script", "request" …) and what it said. */
public record ErrorView(String at, String name, String message) {
}
