package io.jnewman.report.html;

import io.jnewman.report.FileSize;

/**
 * Bounds the bodies one report holds in memory (and so the file's size): each kept body draws its length from the
 * budget; once spent, later bodies are replaced by a note. Long runs with many failures, or with all bodies shown,
 * then cost at most this much.
 */
final class BodyBudget {
    static final long DEFAULT_CHARS = 32L * 1024 * 1024;

    private final long limit;
    private long used;

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** The body itself when it fits what is left, else a note in its place. */
    BodyView keep(BodyView body) {
        if (!body.shown()) return body;
        if (used + body.text().length() > limit) {
            return BodyView.none("Not kept: the report already holds " + FileSize.format(limit) + " of bodies.");
        }
        used += body.text().length();
        return body;
    }
}
