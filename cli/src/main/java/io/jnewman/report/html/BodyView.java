package io.jnewman.report.html;

/**
 * A request or response body as the report shows it: {@code text} (null when not shown), whether it was
 * pretty-printed as JSON, and a {@code note} saying why it is cut or absent (null when shown whole).
 */
public record BodyView(String text, boolean json, String note) {
    static BodyView none(String note) {
        return new BodyView(null, false, note);
    }

    public boolean shown() {
        return text != null;
    }
}
