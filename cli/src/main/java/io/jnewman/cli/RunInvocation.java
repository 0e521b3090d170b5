package io.jnewman.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.load.CollectionLoader;
import io.jnewman.load.IterationData;
import io.jnewman.load.LoadException;
import io.jnewman.load.VariablesFile;
import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.ItemFilter;
import io.jnewman.run.ItemSelection;
import io.jnewman.run.RunAbortedException;
import io.jnewman.run.RunListener;
import io.jnewman.run.RunOptions;
import io.jnewman.run.RunScopes;
import io.jnewman.report.MaskingOutputStream;
import io.jnewman.report.SecretMasker;
import io.jnewman.run.RunSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One `jnewman run`: loads the inputs, wires HTTP, the sandbox and the reporters, runs, writes the exports and
 * turns the outcome into Newman's exit code. Load errors are one line; reports already produced are still written.
 * With secrets (--secret, --secret-env, "secret"-typed values) the console streams, reports and exports are masked.
 */
final class RunInvocation {
    private final RunCommand cmd;
    private final ExitStatus exitStatus;
    private PrintStream out;
    private PrintStream err;

    RunInvocation(RunCommand cmd, PrintStream out, PrintStream err) {
        this.cmd = cmd;
        this.exitStatus = new ExitStatus(cmd.detailedExitCodes);
        this.out = out;
        this.err = err;
    }

    int execute() {
        Inputs inputs;
        Secrets secrets;
        try {
            secrets = Secrets.parse(cmd.secrets, cmd.secretEnvs, System.getenv());
            inputs = loadInputs();
            secrets.applyTo(inputs.environment());
        } catch (LoadException e) {
            err.println("error: " + e.getMessage());
            if (cmd.verbose) e.printStackTrace(err);
            return exitCode(exitStatus.badInput());
        }
        SecretMasker masker = secrets.masker(inputs.environment(), inputs.globals());
        if (masker.masksNothing()) return execute(inputs, secrets, masker);
        PrintStream rawOut = out;
        PrintStream rawErr = err;
        try (PrintStream maskedOut = new PrintStream(new MaskingOutputStream(rawOut, masker), true, StandardCharsets.UTF_8);
             PrintStream maskedErr = new PrintStream(new MaskingOutputStream(rawErr, masker), true, StandardCharsets.UTF_8)) {
            out = maskedOut;
            err = maskedErr;
            return execute(inputs, secrets, masker);
        } finally {
            out = rawOut;
            err = rawErr;
        }
    }

    private int execute(Inputs inputs, Secrets secrets, SecretMasker masker) {
        if (inputs.collections().size() > 1) return executeSuite(inputs, secrets, masker);
        try {
            // an unknown --folder ends the run before anything is sent or written, as in Newman
            ItemSelection.select(inputs.collection(), filter());
        } catch (RunAbortedException e) {
            err.println("error: " + e.getMessage());
            return exitCode(exitStatus.badInput());
        }
        Path workingDir = workingDir();
        ItemFilter filter = filter();
        if (cmd.shard != null) {
            var units = ShardScope.units(cmd.shard, List.of(ItemSelection.select(inputs.collection(), filter)), err);
            if (units.isEmpty()) return 0;
            filter = filter.withUnits(units.get());
        }
        RunScopes scopes = new RunScopes(inputs.globals(), inputs.environment(),
                new VariableScope("collection", inputs.collection().id(), inputs.collection().name(),
                        inputs.collection().variables()));
        RunOptions options = options(filter, workingDir);
        RunSummary summary;
        try (HttpExecutor http = Wiring.http(cmd, workingDir)) {
            ConsoleProgress progress = ConsoleProgress.of(cmd, cmd.stderr);
            List<RunListener> reporters = Wiring.reporters(cmd, progress.guard(out), progress.guard(err), workingDir,
                    masker, inputs.source(), Wiring.owners(cmd, inputs.source()));
            listenAlso(reporters, progress);
            summary = CollectionRun.run(cmd, inputs.collection(), scopes, inputs.data(), options, http, reporters);
            Exports.write(cmd, summary, scopes, http, inputs.collection(), err, secrets, masker);
        } catch (LoadException e) {
            err.println("error: " + e.getMessage());
            if (cmd.verbose) e.printStackTrace(err);
            return exitCode(exitStatus.badInput());
        } catch (IOException e) {
            err.println("error: could not start the mock server: " + e.getMessage());
            return exitCode(ExitStatus.FAILURE);
        }
        if (summary.fatalError() != null) {
            err.println("error: " + summary.fatalError());
        }
        return exitCode(exitStatus.of(summary));
    }

    // ---- several collections (beyond newman): one run, one merged report per reporter ----

    private int executeSuite(Inputs inputs, Secrets secrets, SecretMasker masker) {
        RunSummary summary;
        ConsoleProgress progress = ConsoleProgress.of(cmd, cmd.stderr);
        try {
            summary = new SuiteInvocation(cmd, progress.guard(out), progress.guard(err), workingDir(), masker).run(
                    inputs.sources(), inputs.collections(), inputs.environment(), inputs.globals(), inputs.data(),
                    filter(), this::options, secrets, reporters -> listenAlso(reporters, progress));
        } catch (RunAbortedException | LoadException e) {
            err.println("error: " + e.getMessage());
            if (cmd.verbose) e.printStackTrace(err);
            return exitCode(exitStatus.badInput());
        } catch (java.io.UncheckedIOException e) {
            err.println("error: could not start the mock server: " + e.getCause().getMessage());
            return exitCode(ExitStatus.FAILURE);
        }
        if (summary == null) return 0; // a shard without work
        if (summary.fatalError() != null) err.println("error: " + summary.fatalError());
        return exitCode(exitStatus.of(summary));
    }

    private Path workingDir() {
        return cmd.workingDir == null ? Path.of("").toAbsolutePath() : cmd.workingDir.toPath().toAbsolutePath();
    }

    // ---- end of several collections ----

    private RunOptions options(ItemFilter filter, Path workingDir) {
        return new RunOptions(cmd.iterationCount == null ? 0 : cmd.iterationCount, filter,
                cmd.delayRequest, cmd.delayIteration, cmd.timeout, cmd.timeoutRequest, cmd.timeoutScript,
                cmd.bail != null && cmd.bail.contains("failure"), cmd.bail != null && cmd.bail.contains("folder"),
                workingDir, !cmd.noInsecureFileRead)
                .withRetries(cmd.retry, cmd.retryDelay)
                .withMaxItemRuns(ExitStatus.maxItemRuns(cmd.maxItemRuns, cmd.detailedExitCodes));
    }

    /** The exit status listens to every run; the progress line listens last, after the reporters have printed. */
    private void listenAlso(List<RunListener> reporters, ConsoleProgress progress) {
        reporters.add(exitStatus);
        progress.listenLast(reporters);
    }

    private ItemFilter filter() {
        return new ItemFilter(cmd.folders, cmd.preserveOrder, cmd.excludeFolders, cmd.tags, cmd.excludeTags);
    }

    /** -x forces 0. */
    private int exitCode(int code) {
        return cmd.suppressExitCode ? 0 : code;
    }

    /** The collections (several with more arguments or a directory, beyond newman) and what they run with. */
    private record Inputs(List<String> sources, List<Collection> collections, VariableScope environment,
                          VariableScope globals, List<ObjectNode> data) {
        Collection collection() {
            return collections.get(0);
        }

        String source() {
            return sources.get(0);
        }
    }

    private Inputs loadInputs() {
        List<String> arguments = new java.util.ArrayList<>(List.of(cmd.collection));
        arguments.addAll(cmd.moreCollections);
        List<String> sources = CollectionSources.expand(arguments);
        List<Collection> collections = sources.stream().map(s -> CollectionLoader.load(s, cmd.postmanApiKey)).toList();
        VariableScope environment = scope("environment", cmd.environment, cmd.postmanApiKey);
        VariableScope globals = scope("globals", cmd.globals, null);
        applyOverrides(environment, cmd.envVars);
        applyOverrides(globals, cmd.globalVars);
        List<ObjectNode> data = cmd.iterationData == null ? List.of() : IterationData.load(cmd.iterationData);
        return new Inputs(sources, collections, environment, globals, data);
    }

    private static VariableScope scope(String kind, String location, String postmanApiKey) {
        if (location == null) return new VariableScope(kind, null, null, List.of());
        VariablesFile file = VariablesFile.load(location, kind, postmanApiKey);
        return new VariableScope(kind, file.id(), file.name(), file.values());
    }

    /** --env-var / --global-var: split at the first '='; applied after the file. */
    private static void applyOverrides(VariableScope scope, List<String> pairs) {
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            scope.set(key, eq < 0 ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(pair.substring(eq + 1)));
        }
    }
}
