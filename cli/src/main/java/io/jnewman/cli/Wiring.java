package io.jnewman.cli;

import io.jnewman.http.HttpExecutor;
import io.jnewman.run.RunListener;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.SandboxOptions;
import io.jnewman.script.ScriptSandbox;

import java.io.PrintWriter;
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

    static List<RunListener> reporters(RunCommand cmd, PrintWriter out, PrintWriter err, Path workingDir) {
        return List.of();
    }
}
