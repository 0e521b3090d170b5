package io.jnewman.engine;

import io.jnewman.http.HttpExecutor;
import io.jnewman.http.HttpSettings;
import io.jnewman.http.OkHttpExecutor;
import io.jnewman.load.LoadException;
import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.RunOptions;
import io.jnewman.run.RunScopes;
import io.jnewman.run.RunSummary;
import io.jnewman.run.Runner;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.ScriptSandbox;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;

import java.util.List;

/**
 * Runs one collection with the real runner (as {@code jnewman run} would with default options) and reports it:
 * the collection container fails only when the run could not happen or was aborted; assertion outcomes are the
 * dynamic tests {@link RunEventTranslator} registers.
 */
final class CollectionExecution {
    private final CollectionDescriptor descriptor;
    private final RunInputs inputs;
    private final EngineExecutionListener listener;

    CollectionExecution(CollectionDescriptor descriptor, RunInputs inputs, EngineExecutionListener listener) {
        this.descriptor = descriptor;
        this.inputs = inputs;
        this.listener = listener;
    }

    void execute() {
        listener.executionStarted(descriptor);
        if (descriptor.loadError() != null) {
            listener.executionFinished(descriptor, TestExecutionResult.failed(new RunFailure(descriptor.loadError())));
            return;
        }
        RunEventTranslator translator = new RunEventTranslator(descriptor, listener);
        String fatal;
        try {
            fatal = run(descriptor.collection(), translator).fatalError();
        } catch (LoadException e) {
            fatal = e.getMessage();
        }
        translator.finishAll();
        listener.executionFinished(descriptor, fatal == null
                ? TestExecutionResult.successful()
                : TestExecutionResult.failed(new RunFailure(fatal)));
    }

    private RunSummary run(Collection collection, RunEventTranslator translator) {
        RunScopes scopes = new RunScopes(new VariableScope("globals", null, null, List.of()), inputs.environment(),
                new VariableScope("collection", collection.id(), collection.name(), collection.variables()));
        try (HttpExecutor http = OkHttpExecutor.create(HttpSettings.defaults());
             ScriptSandbox sandbox = new GraalSandbox()) {
            return new Runner(collection, scopes, List.of(), RunOptions.defaults(), http, sandbox,
                    List.of(translator)).run();
        }
    }
}
