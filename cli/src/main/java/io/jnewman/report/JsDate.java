package io.jnewman.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JavaScript's {@code Date.prototype.toISOString}: UTC, always three fraction digits. */
final class JsDate {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private JsDate() {
    }

    static String toIsoString(long epochMillis) {
        return ISO.format(Instant.ofEpochMilli(epochMillis));
    }

    static String toIsoString(Instant instant) {
        return ISO.format(instant);
    }
}
