package io.jnewman.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point: {@code jnewman run <collection> [options]}, Newman's command line. Exit codes: 0 success, 1 failures,
 * fatal errors and usage errors (a bad option or value is a one-line message on stderr).
 */
@Command(name = "jnewman", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs Postman collections, a drop-in replacement for newman.",
        subcommands = {RunCommand.class, MockCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        List<String> reporterArgs = new ArrayList<>();
        List<String> rest = ReporterArgs.split(args, reporterArgs);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        CommandLine run = cli.getSubcommands().get("run");
        ((RunCommand) run.getCommand()).reporterArgs = reporterArgs;
        run.setParameterExceptionHandler((ex, argv) -> {
            err.println("error: " + ex.getMessage());
            err.println("Try 'jnewman run --help' for the options.");
            return 1;
        });
        cli.setParameterExceptionHandler((ex, argv) -> {
            err.println("error: " + ex.getMessage());
            err.println("Try 'jnewman --help'.");
            return 1;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = rest.contains("--verbose");
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (verbose) ex.printStackTrace(err);
            return rest.contains("-x") || rest.contains("--suppress-exit-code") ? 0 : 1;
        });
        return cli.execute(rest.toArray(String[]::new));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
