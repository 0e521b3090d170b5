package io.jnewman.report.html;

/** One header as sent or received; {@code system} marks headers the runtime added (User-Agent, Postman-Token …). */
public record HeaderLine(String name, String value, boolean system) {
}
