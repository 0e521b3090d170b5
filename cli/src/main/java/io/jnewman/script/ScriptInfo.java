package io.jnewman.script;

/** pm.info and legacy {@code iteration}: 0-based iteration index and the number of iterations of the run. */
public record ScriptInfo(int iteration, int iterationCount) {
}
