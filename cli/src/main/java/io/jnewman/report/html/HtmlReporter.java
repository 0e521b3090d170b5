package io.jnewman.report.html;

import io.jnewman.owners.Owner;
import io.jnewman.report.ExportPath;
import io.jnewman.report.ReportContext;
import io.jnewman.report.ReportException;
import io.jnewman.report.Reporter;
import io.jnewman.report.ReporterOptions;
import io.jnewman.run.RunEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -r html}: one self-contained HTML file (inline CSS and script, nothing fetched when opened) with the
 * summary, a pass-rate bar, a waterfall of response times, and per iteration each request with its headers,
 * bodies, test results, errors and console output. Options: {@code export} names the file (default
 * {@code newman/newman-run-report-<timestamp>.html}); {@code showAllBodies} keeps the bodies of passing requests
 * too (by default only failed requests keep theirs); {@code maxBodySize} sets the per-body cap in characters (65536).
 */
public final class HtmlReporter implements Reporter {
    static final String DEFAULT_NAME = "newman-run-report.html";

    private final ReporterOptions options;
    private final ReportContext context;
    private final HtmlReportHooks hooks;
    private final ReportRecorder recorder;

    /** Owners from the run's owners file (the team's name next to each failure); nothing masked. */
    public HtmlReporter(ReporterOptions options, ReportContext context) {
        this(options, context, new HtmlReportHooks(item -> context.owners().ownerOf(item).map(Owner::team), context.masker()));
    }

    public HtmlReporter(ReporterOptions options, ReportContext context, HtmlReportHooks hooks) {
        this.options = options;
        this.context = context;
        this.hooks = hooks;
        int limit = bodyLimit(options.string("maxBodySize"), context);
        this.recorder = new ReportRecorder(hooks, options.flag("showAllBodies"),
                new BodyFormatter(limit, hooks.masker()), new BodyBudget(BodyBudget.DEFAULT_CHARS));
    }

    /** The per-body cap in characters; a value that is not a positive number is reported and the default kept. */
    private static int bodyLimit(String value, ReportContext context) {
        if (value == null) return BodyFormatter.DEFAULT_LIMIT;
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit > 0) return limit;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        context.err().println("jnewman: --reporter-html-max-body-size expects a positive number of characters, got \""
                + value + "\"; using " + BodyFormatter.DEFAULT_LIMIT);
        return BodyFormatter.DEFAULT_LIMIT;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void on(RunEvent event) {
        recorder.on(event);
        if (event instanceof RunEvent.RunFinished) write();
    }

    private void write() {
        ReportPage page = recorder.page(PageAssets.bundled(), "jnewman");
        Path file = ExportPath.resolve(options.string("export"), DEFAULT_NAME, context.workingDir(), context.clock());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            PageRenderer.render(page, hooks.masker(), out);
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException("error writing file \"" + file + "\" for html-reporter: " + e.getMessage(), e);
        }
    }
}
