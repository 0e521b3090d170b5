package io.jnewman.report;

import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Beyond Newman: a one-line status on an interactive terminal while the cli reporter prints the run,
 * {@code   3/10 requests, 1 failed, 2.1s}, redrawn in place after each item. It lives on stderr and shares the
 * terminal with the console output, so that output goes through {@link #guard}: the line is erased ({@code \r} and
 * clear-line) before any byte of it, and drawn again only at a line start. At the end of the run it is erased.
 * When a script calls setNextRequest the total is unknown and only the count done is shown.
 */
public final class ProgressLine implements RunListener {
    static final String ERASE = "\r\033[2K";

    private final PrintStream terminal;
    private final LongSupplier clock;
    private long startedAt;
    private int total = -1;
    private boolean totalKnown = true;
    private int done;
    private int failures;
    private boolean visible;
    private boolean finished;
    private final List<Guarded> guards = new ArrayList<>();

    /**
     * @param terminal the raw standard error stream (not a line-buffering one)
     * @param clock    milliseconds, for the elapsed time
     */
    public ProgressLine(PrintStream terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
    }

    /** Console output that erases the progress line before it is written and tells where its lines end. */
    public PrintStream guard(PrintStream console) {
        Guarded guarded = new Guarded(console);
        synchronized (this) {
            guards.add(guarded);
        }
        return new PrintStream(guarded, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void on(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted s -> {
                startedAt = clock.getAsLong();
                totalKnown = !callsSetNextRequest(s.collection());
            }
            case RunEvent.ItemStarted s -> {
                if (total < 0) total = s.cursor().length() * s.cursor().cycles();
                draw();
            }
            case RunEvent.ScriptFinished s -> failures += s.error() != null ? 1 : 0;
            case RunEvent.AssertionMade a -> failures += a.assertion().error() != null ? 1 : 0;
            case RunEvent.RequestSent r -> failures += r.exchange().failed() ? 1 : 0;
            case RunEvent.ItemFinished f -> {
                done++;
                draw();
            }
            case RunEvent.RunFinished d -> {
                erase();
                finished = true;
            }
            default -> { }
        }
    }

    /** The status text, e.g. {@code   3/10 requests, 1 failed, 2.1s} ({@code   3 requests, …} without a total). */
    String text() {
        String count = totalKnown && total >= 0 ? done + "/" + total : Integer.toString(done);
        return "  " + count + " requests, " + failures + " failed, " + PrettyMs.format(clock.getAsLong() - startedAt);
    }

    private void draw() {
        if (finished || guards.stream().anyMatch(g -> g.midLine)) return;
        // console text still in a buffer would land after the line on the terminal, and not be erased first
        guards.forEach(g -> g.console.flush());
        terminal.print("\r" + text() + "\033[K");
        terminal.flush();
        visible = true;
    }

    private void erase() {
        if (!visible) return;
        terminal.print(ERASE);
        terminal.flush();
        visible = false;
    }

    /** A collection whose scripts call setNextRequest may run any number of requests. */
    private static boolean callsSetNextRequest(Collection collection) {
        for (Item item : collection.requestItems()) {
            for (String phase : new String[]{Event.PREREQUEST, Event.TEST}) {
                for (Event e : item.listeners(phase)) {
                    if (e.script().source().contains("setNextRequest")) return true;
                }
            }
        }
        return false;
    }

    private synchronized void beforeWrite() {
        erase();
    }

    /** Console output that remembers whether it stands at a line start: the line is only drawn there. */
    private final class Guarded extends OutputStream {
        private final PrintStream console;
        private volatile boolean midLine;

        Guarded(PrintStream console) {
            this.console = console;
        }

        @Override
        public void write(int b) {
            beforeWrite();
            console.write(b);
            midLine = b != '\n';
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len == 0) return;
            beforeWrite();
            console.write(b, off, len);
            midLine = b[off + len - 1] != '\n';
        }

        @Override
        public void flush() {
            console.flush();
        }

        @Override
        public void close() throws IOException {
            console.flush();
        }
    }
}
