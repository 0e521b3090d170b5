package io.jnewman.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import io.jnewman.report.ReporterOptionsParser;
import io.jnewman.script.GraalSandbox;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry point: {@code jnewman run <collection> [options]}, Newman's command line. Exit codes: 0 success, 1 failures,
 * fatal errors and usage errors (a bad option or value is a one-line message on stderr).
 */
@Command(name = "jnewman", versionProvider = VersionProvider.class,
        description = "Runs Postman collections, a drop-in replacement for newman.")
public final class Main implements Runnable {
    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Newman's short version flag beside picocli's usual ones: one option, so picocli sees one version flag. */
    @CommandLine.Option(names = {"-v", "-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    public static void main(String[] args) {
        // the script engine's start overlaps with parsing the command line and loading the collection
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("monitor"))) GraalSandbox.prepare();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return execute(System.out, System.err, args);
    }

    public static int execute(PrintStream stdout, PrintStream stderr, String... args) {
        PrintWriter out = new PrintWriter(stdout, true);
        PrintWriter err = new PrintWriter(stderr, true);
        ReporterOptionsParser.Parsed reporterOptions = ReporterOptionsParser.parse(List.of(args), enabledReporters(args));
        List<String> rest = reporterOptions.remainingArgs();
        CommandLine cli = new CommandLine(new Main());
        // picocli builds the model of every subcommand it is given; a command line that names one gets only that one
        // (the completion script describes them all)
        String named = rest.isEmpty() ? "" : rest.get(0);
        boolean onlyNamed = SUBCOMMANDS.containsKey(named) && !named.equals("generate-completion");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!onlyNamed || named.equals(name)) cli.addSubcommand(name, command.get());
        });
        cli.setOut(out);
        cli.setErr(err);
        CommandLine run = cli.getSubcommands().get("run");
        if (run != null) {
            RunCommand runCommand = run.getCommand();
            runCommand.reporterOptions = reporterOptions;
            runCommand.stdout = stdout;
            runCommand.stderr = stderr;
            run.setParameterExceptionHandler(usageError(err, "Try 'jnewman run --help' for the options.", rest));
        }
        CommandLine monitor = cli.getSubcommands().get("monitor");
        if (monitor != null) {
            MonitorCommand monitorCommand = monitor.getCommand();
            monitorCommand.out = stdout;
            monitorCommand.err = stderr;
        }
        cli.setParameterExceptionHandler(usageError(err, "Try 'jnewman --help'.", rest));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = rest.contains("--verbose");
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (verbose) ex.printStackTrace(err);
            return rest.contains("-x") || rest.contains("--suppress-exit-code") ? 0 : 1;
        });
        return cli.execute(rest.toArray(String[]::new));
    }

    /** A bad option or value: one line and a hint on stderr, and the usage exit code. */
    private static CommandLine.IParameterExceptionHandler usageError(PrintWriter err, String hint, List<String> args) {
        return (ex, argv) -> {
            err.println("error: " + ex.getMessage());
            err.println(hint);
            return args.contains("--detailed-exit-codes") ? ExitStatus.BAD_INPUT : ExitStatus.FAILURE;
        };
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("run", RunCommand::new);
        all.put("mock", MockCommand::new);
        all.put("monitor", MonitorCommand::new);
        all.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return all;
    }

    /** The -r/--reporters list as given (reporter flags of other reporters are generic, as in Newman). */
    static List<String> enabledReporters(String[] args) {
        List<String> names = new ArrayList<>(List.of("cli"));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if ((a.equals("-r") || a.equals("--reporters")) && i + 1 < args.length) value = args[i + 1];
            else if (a.startsWith("--reporters=")) value = a.substring("--reporters=".length());
            else if (a.startsWith("-r") && a.length() > 2 && !a.startsWith("--")) value = a.substring(2);
            if (value != null) names = new ArrayList<>(List.of(value.split(",")));
        }
        return names;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
