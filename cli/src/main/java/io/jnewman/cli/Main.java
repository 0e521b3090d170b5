package io.jnewman.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code jnewman run <collection> [options]}, Newman's command line. */
@Command(name = "jnewman", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs Postman collections, a drop-in replacement for newman.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
