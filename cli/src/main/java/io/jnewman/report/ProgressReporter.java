package io.jnewman.report;

import io.jnewman.run.RunEvent;

import java.io.PrintStream;

/**
 * Newman's progress reporter (a cli-progress bar): one line redrawn with a carriage return after every item,
 * {@code ████████░░░░ 30% | ETA: 2s | 3/10}, over items × iterations, ended with a newline when the run is done.
 */
public final class ProgressReporter implements Reporter {
    private static final int WIDTH = 40;

    private final PrintStream out;
    private final boolean silent;
    private long startedAt;
    private int total = -1;
    private boolean collectionCounted;
    private int done;

    public ProgressReporter(ReporterOptions options, ReportContext context) {
        this.out = context.out();
        this.silent = context.silent() || options.flag("silent");
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public void on(RunEvent event) {
        if (silent) return;
        switch (event) {
            case RunEvent.RunStarted s -> startedAt = s.startedAt();
            // several collections: each adds its items when it begins (its length is known from its first item)
            case RunEvent.CollectionStarted c -> collectionCounted = false;
            case RunEvent.ItemStarted s -> {
                if (!collectionCounted) {
                    total = Math.max(0, total) + s.cursor().length() * s.cursor().cycles();
                    collectionCounted = true;
                    draw(startedAt);
                }
            }
            case RunEvent.ItemFinished f -> {
                done++;
                draw(System.currentTimeMillis());
            }
            case RunEvent.RunFinished d -> {
                if (total >= 0) out.println();
                out.flush();
            }
            default -> { }
        }
    }

    private void draw(long now) {
        out.print("\r" + line(done, total, Math.max(0, now - startedAt)));
        out.flush();
    }

    static String line(int value, int total, long elapsedMillis) {
        double ratio = total <= 0 ? 1 : Math.min(1, (double) value / total);
        int full = (int) Math.round(ratio * WIDTH);
        long eta = value == 0 ? 0 : Math.round(elapsedMillis / 1000.0 / value * (total - value));
        return " " + "█".repeat(full) + "░".repeat(WIDTH - full) + " " + Math.round(ratio * 100) + "% | ETA: " + eta
                + "s | " + value + "/" + total;
    }
}
