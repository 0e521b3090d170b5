package io.jnewman.report.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

import java.util.function.UnaryOperator;

/**
 * jte's context-aware HTML escaping with the report's masker in front: every run string a template writes
 * ({@code ${…}}, in text or attributes) is masked before it is escaped. The page's own assets go through
 * {@code $unsafe} and are left alone.
 */
final class MaskingHtmlOutput extends OwaspHtmlTemplateOutput {
    private final UnaryOperator<String> masker;

    MaskingHtmlOutput(TemplateOutput out, UnaryOperator<String> masker) {
        super(out);
        this.masker = masker;
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(value == null ? null : masker.apply(value));
    }
}
