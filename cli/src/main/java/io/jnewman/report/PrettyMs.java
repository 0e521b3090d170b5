package io.jnewman.report;

/**
 * Newman's {@code util.prettyms}: below 1 ms as whole µs, below 1998 ms as whole ms, otherwise pretty-ms 7
 * ("2.1s", "1m 3.2s", "1h 2m 5s": larger units whole, seconds floored to one decimal, zero units left out).
 */
public final class PrettyMs {
    private PrettyMs() {
    }

    public static String format(double ms) {
        if (ms < 1) return (long) (ms * 1000) + "µs";
        if (ms < 1998) return (long) ms + "ms";
        long whole = (long) ms;
        long days = whole / 86_400_000L;
        long hours = whole / 3_600_000L % 24;
        long minutes = whole / 60_000L % 60;
        StringBuilder sb = new StringBuilder();
        append(sb, days / 365, "y");
        append(sb, days % 365, "d");
        append(sb, hours, "h");
        append(sb, minutes, "m");
        double seconds = (ms / 1000) % 60;
        double floored = Math.floor(seconds * 10 + 0.0000001) / 10;
        if (floored != 0) {
            String s = JsNumber.toFixed(floored, 1);
            if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(s).append('s');
        }
        return sb.isEmpty() ? "0ms" : sb.toString();
    }

    private static void append(StringBuilder sb, long value, String unit) {
        if (value == 0) return;
        if (!sb.isEmpty()) sb.append(' ');
        sb.append(value).append(unit);
    }
}
