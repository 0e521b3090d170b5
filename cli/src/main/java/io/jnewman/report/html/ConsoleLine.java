package io.jnewman.report.html;

/** One console call from a script: its level (log, info, warn, error …) and the printed arguments joined by spaces. */
public record ConsoleLine(String level, String text) {
}
