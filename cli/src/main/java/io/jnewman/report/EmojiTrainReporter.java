package io.jnewman.report;

import io.jnewman.run.RunEvent;

import java.io.PrintStream;

/**
 * Newman's emojitrain reporter: 😀 for every item that went clean, 😢 for one with a script error, request error or
 * failed assertion, then 😍 or 😭 for the whole run.
 */
public final class EmojiTrainReporter implements Reporter {
    private final PrintStream out;
    private final boolean silent;
    private boolean itemFailed;
    private boolean anyFailed;

    public EmojiTrainReporter(ReporterOptions options, ReportContext context) {
        this.out = context.out();
        this.silent = context.silent() || options.flag("silent");
    }

    @Override
    public String name() {
        return "emojitrain";
    }

    @Override
    public void on(RunEvent event) {
        if (silent) return;
        switch (event) {
            case RunEvent.ItemStarted s -> itemFailed = false;
            case RunEvent.ScriptFinished s -> failed(s.error() != null);
            case RunEvent.RequestSent r -> failed(r.exchange().failed());
            case RunEvent.AssertionMade a -> failed(a.assertion().error() != null);
            case RunEvent.ItemFinished f -> {
                out.print(itemFailed ? "😢 " : "😀 ");
                out.flush();
            }
            case RunEvent.RunFinished d -> {
                out.println(anyFailed || d.summary().fatalError() != null ? " 😭" : " 😍");
                out.flush();
            }
            default -> { }
        }
    }

    private void failed(boolean failed) {
        itemFailed |= failed;
        anyFailed |= failed;
    }
}
