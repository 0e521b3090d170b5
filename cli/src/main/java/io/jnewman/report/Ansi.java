package io.jnewman.report;

import java.util.regex.Pattern;

/** The colours the cli reporter uses (the colors.js codes Newman prints), or plain text when colour is off. */
final class Ansi {
    private static final Pattern CODES = Pattern.compile("\u001b\\[[0-9;]*m");
    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String gray(String s) { return wrap(s, 90, 39); }
    String red(String s) { return wrap(s, 31, 39); }
    String green(String s) { return wrap(s, 32, 39); }
    String yellow(String s) { return wrap(s, 33, 39); }
    String blue(String s) { return wrap(s, 34, 39); }
    String cyan(String s) { return wrap(s, 36, 39); }
    String white(String s) { return wrap(s, 37, 39); }
    String bold(String s) { return wrap(s, 1, 22); }
    String underline(String s) { return wrap(s, 4, 24); }
    String reset(String s) { return wrap(s, 0, 0); }

    /** The colour for a console level (log grey, info cyan, warn yellow, debug blue, error red). */
    String level(String level, String s) {
        return switch (level == null ? "" : level) {
            case "info" -> cyan(s);
            case "warn" -> yellow(s);
            case "debug" -> blue(s);
            case "error" -> red(s);
            default -> gray(s);
        };
    }

    private String wrap(String s, int open, int close) {
        return enabled ? "\u001b[" + open + "m" + s + "\u001b[" + close + "m" : s;
    }

    /** Display width: escape codes take no room. */
    static int width(String s) {
        String plain = CODES.matcher(s).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }
}
