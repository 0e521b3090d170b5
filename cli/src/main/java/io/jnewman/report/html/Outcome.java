package io.jnewman.report.html;

/** How one request item ended, as the report colours it. */
public enum Outcome {
    PASSED("passed"), FAILED("failed"), SKIPPED("skipped");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** Lower-case word used both as the visible label and as the CSS class. */
    public String label() {
        return label;
    }
}
