package io.jnewman.script;

/**
 * One pm.test / tests[] result. {@code index} counts assertions within the script execution (Newman's
 * error.index); {@code error} is null when it passed or was skipped.
 */
public record Assertion(String name, int index, boolean skipped, ScriptError error) {
    public boolean passed() {
        return error == null && !skipped;
    }
}
