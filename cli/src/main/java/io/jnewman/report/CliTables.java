package io.jnewman.report;

import io.jnewman.run.Failure;
import io.jnewman.run.RunStats;
import io.jnewman.run.RunSummary;
import io.jnewman.run.RunTimings;

import java.util.List;

import static io.jnewman.report.TextTable.Align.LEFT;
import static io.jnewman.report.TextTable.Align.RIGHT;

/** The cli reporter's end-of-run tables: the run summary and the failures list ({@code parseStatistics}, {@code parseFailures}). */
final class CliTables {
    private static final String[][] ROWS = {
            {"iterations", "iterations"}, {"requests", "requests"}, {"testScripts", "test-scripts"},
            {"prerequestScripts", "prerequest-scripts"}, {"assertions", "assertions"}};

    private CliTables() {
    }

    static String summary(RunSummary summary, Ansi ansi, boolean disableUnicode) {
        return summary(summary, ansi, disableUnicode, 0, 0);
    }

    /** The summary table; after --retry retried some requests, a footer row counts them and the flaky ones. */
    static String summary(RunSummary summary, Ansi ansi, boolean disableUnicode, int retried, int flaky) {
        TextTable table = new TextTable(disableUnicode ? TextTable.Chars.PLAIN : TextTable.Chars.BOX,
                new Integer[]{25, null, null}, ansi::gray);
        table.row(TextTable.Cell.of("", RIGHT), TextTable.Cell.of("executed", RIGHT), TextTable.Cell.of("  failed", RIGHT));
        RunStats stats = summary.stats();
        for (String[] row : ROWS) {
            RunStats.Counter c = stats.get(row[0]);
            String label = c.failed() > 0 ? ansi.red(row[1]) : ansi.green(row[1]);
            String failed = c.failed() > 0 ? ansi.red(Integer.toString(c.failed())) : Integer.toString(c.failed());
            table.row(TextTable.Cell.of(label, RIGHT), TextTable.Cell.of(Integer.toString(c.total()), RIGHT),
                    TextTable.Cell.of(failed, RIGHT));
        }
        RunTimings t = summary.timings();
        if (retried > 0) {
            table.row(footer("retried requests: " + retried + ", flaky (passed on a retry): " + flaky));
        }
        table.row(footer("total run duration: " + PrettyMs.format(t.completed() - t.started())));
        table.row(footer("total data received: " + FileSize.format(summary.responseTotalBytes()) + " (approx)"));
        if (t.responseAverage() != 0) {
            table.row(footer("average response time: " + PrettyMs.format(t.responseAverage()) + " [min: "
                    + PrettyMs.format(t.responseMin()) + ", max: " + PrettyMs.format(t.responseMax()) + ", s.d.: "
                    + PrettyMs.format(t.responseSd()) + "]"));
        }
        return table.render();
    }

    private static TextTable.Cell footer(String text) {
        return new TextTable.Cell(text, 3, LEFT);
    }

    /**
     * The failures table. Unlike Newman, the header is only coloured when colour is on, and request errors name
     * the item they happened in (Newman prints {@code inside ""} for them).
     */
    static String failures(List<Failure> failures, Ansi ansi) {
        return failures(failures, ansi, ItemOwners.NONE);
    }

    /** The failures table; with an owners file each failure also names its owning team. */
    static String failures(List<Failure> failures, Ansi ansi, ItemOwners owners) {
        TextTable table = new TextTable(TextTable.Chars.BLANK, new Integer[]{null, null, null}, ansi::gray);
        table.row(TextTable.Cell.of(ansi.red(ansi.underline("#")), RIGHT),
                TextTable.Cell.of(ansi.red(ansi.underline("failure")), LEFT),
                TextTable.Cell.of(ansi.red(ansi.underline("detail")), LEFT));
        int digits = Integer.toString(failures.size()).length();
        for (int i = 0; i < failures.size(); i++) {
            Failure f = failures.get(i);
            String name = f.name() == null ? "" : f.name();
            if (f.cursor() != null && f.cursor().cycles() > 1) {
                name += "\n" + ansi.gray("iteration: " + (f.cursor().iteration() + 1));
            }
            String detail = f.test() == null ? "" : f.test();
            detail += "\n" + ansi.gray(f.message() == null ? "" : f.message());
            if (f.at() != null) detail += "\n" + ansi.gray("at " + f.at());
            if (f.item() != null) {
                detail += ansi.gray("\ninside \"" + ItemNames.fullName(f.item()) + "\"");
                String team = owners.ownerOf(f.item()).map(o -> o.team()).orElse(null);
                if (team != null) detail += ansi.gray("\nowner: " + team);
            }
            String index = "0".repeat(Math.max(0, digits - Integer.toString(i + 1).length())) + (i + 1) + ".";
            table.row(TextTable.Cell.of(index, RIGHT), TextTable.Cell.of(name, LEFT), TextTable.Cell.of(detail, LEFT));
        }
        return table.render();
    }
}
