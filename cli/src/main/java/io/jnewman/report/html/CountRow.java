package io.jnewman.report.html;

/** One row of the summary table: a kind of run step (requests, assertions …) with its executed and failed counts. */
public record CountRow(String label, int total, int failed) {
    /** CSS class of the row: rows with failures stand out. */
    public String css() {
        return failed > 0 ? "has-failures" : "clean";
    }
}
