package io.jnewman.notifier;

/**
 * One test case of a CodeBuild report. jnewman's CodeBuild JUnit mode fills {@code prefix} with the collection file
 * name, {@code suiteName} with the {@code folder / sub / request} path and {@code name} with the assertion name.
 */
public record TestCase(String prefix, String suiteName, String name, String status, String message) {

    public boolean passed() {
        return "SUCCEEDED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status) || "ERROR".equals(status);
    }

    public boolean skipped() {
        return "SKIPPED".equals(status);
    }
}
