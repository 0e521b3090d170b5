package io.jnewman.report.html;

import io.jnewman.model.Item;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the html report takes from outside the run's events: an owner label per request item (shown next to its
 * failures) and a masker applied to every string the report writes (so secrets never reach the file).
 */
public record HtmlReportHooks(Function<Item, Optional<String>> owner, UnaryOperator<String> masker) {
    public HtmlReportHooks {
        owner = owner == null ? item -> Optional.empty() : owner;
        masker = masker == null ? UnaryOperator.identity() : masker;
    }

    /** No owners known, nothing masked. */
    public static HtmlReportHooks none() {
        return new HtmlReportHooks(null, null);
    }
}
