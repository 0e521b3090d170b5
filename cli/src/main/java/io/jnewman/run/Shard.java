package io.jnewman.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** --shard i/n: this run is shard {@code index} (1-based) of {@code count}. */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("invalid shard " + index + "/" + count
                    + ": expected i/n with 1 <= i <= n, e.g. 2/4");
        }
    }

    /** Parses "i/n"; anything else is an {@link IllegalArgumentException} with a one-line message. */
    public static Shard parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("invalid shard '" + text + "': expected i/n with 1 <= i <= n, e.g. 2/4");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("invalid shard '" + text.trim()
                    + "': expected i/n with 1 <= i <= n, e.g. 2/4");
        }
        return new Shard(index, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
