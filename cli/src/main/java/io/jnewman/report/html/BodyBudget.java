package io.jnewman.report.html;

import io.jnewman.report.FileSize;

import java.util.function.Supplier;

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

    /**
     * The body when it fits what is left, else a note in its place; once the budget is spent the body is not even
     * formatted.
     */
    BodyView keep(Supplier<BodyView> formatted) {
        if (used >= limit) return spent();
        BodyView body = formatted.get();
        if (!body.shown()) return body;
        if (used + body.text().length() > limit) {
            used = limit;
            return spent();
        }
        used += body.text().length();
        return body;
    }

    private BodyView spent() {
        return BodyView.none("Not kept: the report already holds " + FileSize.format(limit) + " of bodies.");
    }
}
