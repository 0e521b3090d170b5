package io.jnewman.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassRateTest {
    @Test
    void segmentsFillTheWholeBarWhateverTheRounding() {
        PassRate rate = new PassRate(1, 1, 1);

        assertThat(rate.passedWidth() + rate.failedWidth() + rate.skippedWidth()).isEqualTo(1000);
        assertThat(rate.passedWidth()).isEqualTo(333);
    }

    @Test
    void rateCountsPassedAgainstDecidedAssertionsAndNeverRoundsUpToAFullPass() {
        assertThat(new PassRate(1999, 1, 7).percent()).isEqualTo("99.9%");
        assertThat(new PassRate(3, 0, 0).percent()).isEqualTo("100%");
        assertThat(new PassRate(1, 2, 0).percent()).isEqualTo("33.3%");
    }

    @Test
    void noAssertionsDrawsAnEmptyBarWithoutARate() {
        PassRate none = new PassRate(0, 0, 0);

        assertThat(none.percent()).isEqualTo("–");
        assertThat(none.passedWidth() + none.failedWidth() + none.skippedWidth()).isZero();
    }
}
