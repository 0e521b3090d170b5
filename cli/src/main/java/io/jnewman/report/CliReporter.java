package io.jnewman.report;

import io.jnewman.http.StatusReasons;
import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.model.Item;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;
import io.jnewman.script.Assertion;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Newman's cli reporter ({@code lib/reporters/cli}): the run as it happens (banner, iterations, folders and items,
 * request lines, assertions, script and request errors, console output in boxes) and, at the end, the summary and
 * failures tables. Lines are written as events arrive and flushed after every item. Options: silent, showTimestamps,
 * noSummary, noFailures, noAssertions, noSuccessAssertions, noConsole, noBanner.
 */
public final class CliReporter implements Reporter {
    private static final int WRAP_WIDTH = 60 - 6;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy, h:mm:ss a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a", Locale.US);

    private final ReporterOptions options;
    private final PrintStream out;
    private final Ansi ansi;
    private final CliSymbols symbols;
    private final boolean disableUnicode;
    private final boolean verbose;
    private final boolean silent;
    private final ItemOwners owners;
    private final SecretMasker masker;
    private Item currentFolder;
    private boolean consoleBoxOpen;
    private String consoleBoxBottom;
    private int failures;
    private String nextRequest;
    /** --retry: the attempts of the item about to start, and the run's tally (beyond Newman). */
    private RunEvent.ItemRetried attempts;
    private int retried;
    private int flaky;

    public CliReporter(ReporterOptions options, ReportContext context) {
        this.options = options;
        this.owners = context.owners();
        this.masker = context.masker();
        this.out = context.out();
        this.ansi = new Ansi(context.color());
        this.disableUnicode = context.disableUnicode();
        this.symbols = CliSymbols.of(context.disableUnicode());
        this.verbose = context.verbose();
        this.silent = context.silent() || options.flag("silent");
    }

    @Override
    public String name() {
        return "cli";
    }

    @Override
    public void on(RunEvent event) {
        if (silent) return;
        switch (event) {
            case RunEvent.RunStarted s -> started(s);
            case RunEvent.CollectionStarted c -> collectionStarted(c);
            case RunEvent.IterationStarted i -> {
                if (i.cursor().cycles() > 1) {
                    line("\n" + ansi.gray(ansi.underline("Iteration " + (i.cursor().iteration() + 1) + "/"
                            + i.cursor().cycles())));
                }
            }
            case RunEvent.ItemRetried r -> {
                attempts = r;
                retried++;
                if (r.flaky()) flaky++;
            }
            case RunEvent.ItemStarted s -> itemStarted(s.item());
            case RunEvent.RequestSent r -> request(r.exchange());
            case RunEvent.ScriptFinished s -> {
                if (s.error() != null) {
                    failures++;
                    line(ansi.red(ansi.bold(pad(failures, 3) + "⠄ " + s.error().name() + " in " + s.eventName()
                            + "-script")));
                }
            }
            case RunEvent.AssertionMade a -> assertion(a.assertion());
            case RunEvent.ConsoleMessage c -> console(c);
            case RunEvent.NextRequestSet n -> nextRequest = n.target();
            case RunEvent.PhaseFinished p -> {
                if ("test".equals(p.eventName()) && nextRequest != null) {
                    line("\n" + ansi.gray("Attempting to set next request to " + nextRequest));
                }
                nextRequest = null;
            }
            case RunEvent.ItemFinished f -> {
                closeConsoleBox();
                out.flush();
            }
            case RunEvent.RunFinished d -> finished(d.summary());
            default -> { }
        }
    }

    private void started(RunEvent.RunStarted s) {
        if (!options.flag("noBanner")) print(ansi.reset("newman") + "\n\n");
        String name = s.collection().name().isEmpty() ? s.collection().id() : s.collection().name();
        if (name != null && !name.isEmpty()) line(ansi.reset(name));
        out.flush();
    }

    /** A run of several collections names each one as it begins. */
    private void collectionStarted(RunEvent.CollectionStarted c) {
        String name = c.collection().name().isEmpty() ? c.collection().id() : c.collection().name();
        line("\n" + ansi.underline(name) + ansi.gray(" (collection " + (c.index() + 1) + "/" + c.count() + ")"));
        currentFolder = null;
        out.flush();
    }

    private void itemStarted(Item item) {
        Item folder = item.parent();
        if (folder != currentFolder) {
            if (folder != null) print("\n" + symbols.folder() + " " + ansi.reset(ItemNames.fullName(folder)));
            currentFolder = folder;
        }
        nextRequest = null;
        line("\n" + (folder == null ? symbols.root() : symbols.sub()) + " " + ansi.reset(item.name()) + attemptsMarker());
    }

    /** " [flaky: passed on attempt 2 of 3]" and one gray line per failed attempt before it, after a retry. */
    private String attemptsMarker() {
        if (attempts == null) return "";
        RunEvent.ItemRetried r = attempts;
        attempts = null;
        StringBuilder marker = new StringBuilder(" ").append(r.flaky()
                ? ansi.yellow("[flaky: passed on attempt " + r.attempts() + " of " + r.attempts() + "]")
                : ansi.red("[failed all " + r.attempts() + " attempts]"));
        String bullet = disableUnicode ? "  - " : "  ↻ ";
        for (String failure : r.earlierFailures()) marker.append("\n").append(ansi.gray(bullet + failure));
        return marker.toString();
    }

    private void request(Exchange exchange) {
        var sent = exchange.request().request();
        String prefix = options.flag("showTimestamps")
                ? "  " + ansi.gray("[" + LocalDateTime.now().format(DATE_TIME) + "]") + "  "
                : "  ";
        print(prefix + ansi.gray(sent.method()) + " " + ansi.gray(sent.url().toString()) + " ");
        if (exchange.failed()) {
            failures++;
            line(ansi.red("[errored]"));
            line(ansi.red("     " + exchange.error().message()));
            return;
        }
        HttpResponse r = exchange.response();
        if (verbose) {
            out.print(new CliVerbose(ansi, symbols, masker).block(exchange));
            return;
        }
        line(ansi.gray("[" + r.code() + " " + StatusReasons.reason(r.code(), r.status()) + ", "
                + FileSize.format(ResponseSize.total(r)) + ", " + PrettyMs.format(r.responseTime()) + "]"));
    }

    private void assertion(Assertion a) {
        if (a.error() != null) failures++;
        if (options.flag("noAssertions")) return;
        boolean noSuccess = options.flag("noSuccessAssertions");
        if (a.skipped()) {
            if (!noSuccess) line(ansi.cyan("  - ") + " " + ansi.cyan("[skipped] " + a.name()));
            return;
        }
        boolean passed = a.error() == null;
        if (passed && noSuccess) return;
        String mark = passed ? ansi.green("  " + symbols.ok() + " ")
                : ansi.red(ansi.bold(pad(failures, options.flag("showTimestamps") ? 2 : 3) + symbols.dot()));
        String name = passed ? ansi.gray(a.name()) : ansi.red(ansi.bold(a.name()));
        if (options.flag("showTimestamps")) {
            line("  " + ansi.gray("[" + LocalDateTime.now().format(TIME) + "]") + mark + " " + name);
        } else {
            line(mark + " " + name);
        }
    }

    private void console(RunEvent.ConsoleMessage c) {
        if (options.flag("noConsole")) return;
        // masked before wrapping: a secret cut across two lines would slip past the console stream's masking
        String joined = String.join(ansi.white(", "), c.messages().stream().map(masker).toList());
        String body = WordWrap.wrap(joined, WRAP_WIDTH, "  " + ansi.level(c.level(), symbols.consoleMiddle()) + " ")
                .replaceAll("\n\\s*\n", "\n");
        if (options.flag("showTimestamps")) {
            print("\n  " + ansi.gray("[" + LocalDateTime.now().format(TIME) + "]\n"));
        }
        if (!consoleBoxOpen) {
            out.print(ansi.level(c.level(), "  " + symbols.consoleTop() + "\n"));
            consoleBoxOpen = true;
        }
        consoleBoxBottom = ansi.level(c.level(), "  " + symbols.consoleBottom() + "\n");
        out.print(ansi.gray(body + "\n"));
    }

    private void finished(RunSummary summary) {
        closeConsoleBox();
        if (!options.flag("noSummary")) {
            print("\n" + CliTables.summary(summary, ansi, disableUnicode, retried, flaky) + "\n");
        }
        if (!options.flag("noFailures") && !summary.failures().isEmpty()) {
            print("\n" + CliTables.failures(summary.failures(), ansi, owners) + "\n");
        }
        out.flush();
    }

    /** Everything but console output ends an open console box first, as Newman's print buffer does. */
    private void print(String text) {
        closeConsoleBox();
        out.print(text);
    }

    private void line(String text) {
        print(text + "\n");
    }

    private void closeConsoleBox() {
        if (consoleBoxOpen) {
            out.print(consoleBoxBottom);
            consoleBoxOpen = false;
        }
    }

    private static String pad(int number, int width) {
        String s = Integer.toString(number);
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
