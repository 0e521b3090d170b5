package io.jnewman.cli;

import io.jnewman.report.ProgressLine;
import io.jnewman.run.RunListener;

import java.io.PrintStream;
import java.util.List;

/**
 * Whether the run shows the progress line (beyond Newman): only while the cli reporter prints, on an interactive
 * terminal, without --silent or --no-progress. When it does, console output goes through its guard.
 */
final class ConsoleProgress {
    private final ProgressLine line;

    private ConsoleProgress(ProgressLine line) {
        this.line = line;
    }

    /** @param stderr the raw standard error stream the line is drawn on */
    static ConsoleProgress of(RunCommand cmd, PrintStream stderr) {
        boolean cliPrints = cmd.reporters.stream().anyMatch(r -> r.trim().equals("cli")) && !cmd.silent
                && !cmd.reporterOptions.forReporter("cli").flag("silent");
        boolean on = cliPrints && !cmd.noProgress && cmd.interactive.getAsBoolean();
        return new ConsoleProgress(on ? new ProgressLine(stderr, cmd.clock) : null);
    }

    /** The stream as reporters should see it: erasing the line before each write when it is shown. */
    PrintStream guard(PrintStream console) {
        return line == null ? console : line.guard(console);
    }

    /** Adds the line as the last listener, so it is drawn after the item's output. */
    void listenLast(List<RunListener> listeners) {
        if (line != null) listeners.add(line);
    }
}
