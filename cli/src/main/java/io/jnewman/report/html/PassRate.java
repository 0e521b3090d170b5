package io.jnewman.report.html;

import java.util.Locale;

/**
 * The summary's pass-rate bar: assertion counts and the bar's three segments as widths on a 0–1000 scale (they add
 * up to 1000 when anything ran). The rate counts passed against passed + failed; skipped tests do not count.
 */
public record PassRate(int passed, int failed, int skipped) {
    static final int SCALE = 1000;

    public int total() {
        return passed + failed + skipped;
    }

    /** "87.5%", or "–" when no assertion passed or failed. */
    public String percent() {
        int decided = passed + failed;
        if (decided == 0) return "–";
        double rate = passed * 100.0 / decided;
        String text = String.format(Locale.ROOT, "%.1f", Math.floor(rate * 10) / 10);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    public int passedWidth() {
        return width(passed);
    }

    public int failedWidth() {
        return width(passed + failed) - width(passed);
    }

    public int skippedWidth() {
        return total() == 0 ? 0 : SCALE - width(passed + failed);
    }

    private int width(int upTo) {
        return total() == 0 ? 0 : (int) Math.round(upTo * (double) SCALE / total());
    }
}
