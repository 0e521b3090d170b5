package io.jnewman.report;

/** Newman's {@code util.filesize} (filesize 10, no spacer): decimal units, two decimals at most: 561B, 1.97kB, 2MB. */
public final class FileSize {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    private FileSize() {
    }

    public static String format(long bytes) {
        if (bytes <= 0) return "0B";
        int e = Math.min(8, (int) Math.floor(Math.log(bytes) / Math.log(1000)));
        double value = bytes / Math.pow(1000, e);
        double p = e > 0 ? 100 : 1;
        double rounded = Math.floor(value * p + 0.5) / p;
        if (rounded == 1000 && e < 8) {
            rounded = 1;
            e++;
        }
        String text = rounded == Math.rint(rounded) ? Long.toString((long) rounded) : trim(rounded);
        return text + UNITS[e];
    }

    private static String trim(double v) {
        String s = JsNumber.toFixed(v, 2);
        while (s.endsWith("0")) s = s.substring(0, s.length() - 1);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
