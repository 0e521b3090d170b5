package io.jnewman.report.html;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BodyBudgetTest {
    @Test
    void keepsBodiesWhileTheyFitThenReplacesThemWithANote() {
        BodyBudget budget = new BodyBudget(10);

        assertThat(budget.keep(() -> new BodyView("123456", false, null)).text()).isEqualTo("123456");
        BodyView over = budget.keep(() -> new BodyView("12345", false, null));
        assertThat(over.shown()).isFalse();
        assertThat(over.note()).isEqualTo("Not kept: the report already holds 10B of bodies.");
    }

    @Test
    void onceSpentLaterBodiesAreNotEvenFormatted() {
        BodyBudget budget = new BodyBudget(4);
        budget.keep(() -> new BodyView("12345", false, null));
        AtomicInteger formatted = new AtomicInteger();

        BodyView later = budget.keep(() -> {
            formatted.incrementAndGet();
            return new BodyView("1", false, null);
        });

        assertThat(formatted).hasValue(0);
        assertThat(later.shown()).isFalse();
    }

    @Test
    void notesWithoutTextCostNothing() {
        BodyBudget budget = new BodyBudget(3);

        assertThat(budget.keep(() -> BodyView.none("No body."))).isEqualTo(BodyView.none("No body."));
        assertThat(budget.keep(() -> new BodyView("abc", false, null)).text()).isEqualTo("abc");
    }
}
