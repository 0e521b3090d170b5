package io.jnewman.cli;

import io.jnewman.http.HttpExecutor;
import io.jnewman.run.RunListener;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.SandboxOptions;
import io.jnewman.script.ScriptSandbox;

import io.jnewman.report.ReportContext;
import io.jnewman.report.Reporters;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.nio.file.Path;
import java.util.List;

/** Builds the run's HTTP executor, script sandbox and reporters from the command line. */
final class Wiring {
    private Wiring() {
    }

    static HttpExecutor http(RunCommand cmd, Path workingDir) {
        throw new IllegalStateException("TODO http");
    }

    static ScriptSandbox sandbox(RunCommand cmd) {
        return new GraalSandbox(new SandboxOptions(cmd.packages == null ? null : cmd.packages.toPath(), null,
                SandboxOptions.DEFAULT_GUARD_MILLIS));
    }

    /** The -r reporters with their --reporter-* options; unknown names only warn, as in Newman. */
    static List<RunListener> reporters(RunCommand cmd, PrintStream out, PrintStream err, Path workingDir) {
        ReportContext context = new ReportContext(out, err, color(cmd.color), cmd.disableUnicode, cmd.verbose,
                cmd.silent, workingDir, Clock.systemUTC(), ReportContext.NEWMAN_VERSION, cmd.collection);
        List<RunListener> reporters = new ArrayList<>();
        for (String name : new LinkedHashSet<>(cmd.reporters)) {
            Reporters.create(name.trim(), cmd.reporterOptions.forReporter(name.trim()), context).ifPresent(reporters::add);
        }
        return reporters;
    }

    /** --color auto: colour only on an interactive terminal and never when NO_COLOR is set. */
    static boolean color(String mode) {
        return switch (mode) {
            case "on" -> true;
            case "off" -> false;
            default -> System.getenv("NO_COLOR") == null && Terminal.isInteractive();
        };
    }
}
