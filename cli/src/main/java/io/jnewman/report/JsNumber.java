package io.jnewman.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** JavaScript number formatting the reports rely on. */
final class JsNumber {
    private JsNumber() {
    }

    /** {@code Number.prototype.toFixed}: rounds the exact binary value, halves away from zero. */
    static String toFixed(double value, int digits) {
        if (Double.isNaN(value)) return "NaN";
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
