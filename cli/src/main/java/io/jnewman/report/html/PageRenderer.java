package io.jnewman.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;

import java.io.Writer;
import java.util.function.UnaryOperator;

/** Renders a {@link ReportPage} with the precompiled jte templates (src/main/jte), masking as it writes. */
final class PageRenderer {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PageRenderer.class.getClassLoader(), "io.jnewman.report.html.templates");

    private PageRenderer() {
    }

    static void render(ReportPage page, UnaryOperator<String> masker, Writer out) {
        ENGINE.render("report.jte", page, new MaskingHtmlOutput(new WriterOutput(out), masker));
    }
}
