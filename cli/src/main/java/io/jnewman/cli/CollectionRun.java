package io.jnewman.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.mock.MockServer;
import io.jnewman.model.Collection;
import io.jnewman.run.ParallelRunner;
import io.jnewman.run.RunListener;
import io.jnewman.run.RunOptions;
import io.jnewman.run.RunScopes;
import io.jnewman.run.RunSummary;
import io.jnewman.run.Runner;
import io.jnewman.script.SandboxPool;
import io.jnewman.script.ScriptSandbox;

import java.io.IOException;
import java.util.List;

/**
 * Runs one collection as the command line asks: behind its mock server with --mock, on a script sandbox (a pool of
 * them shared by the workers with --parallel), sequentially or in parallel. Used for a run of one collection and for
 * each collection of a run of several.
 */
final class CollectionRun {
    private CollectionRun() {
    }

    static RunSummary run(RunCommand cmd, Collection collection, RunScopes scopes, List<ObjectNode> data,
                          RunOptions options, HttpExecutor http, List<RunListener> listeners) throws IOException {
        try (MockServer mock = cmd.mock ? MockServer.start(collection, 0) : null;
             ScriptSandbox sandbox = Wiring.sandbox(cmd)) {
            if (mock != null) {
                scopes.environment().set(cmd.mockVariable, JsonNodeFactory.instance.textNode(mock.baseUrl()));
            }
            if (cmd.parallel == null || cmd.parallel <= 1) {
                return new Runner(collection, scopes, data, options, http, sandbox, listeners).run();
            }
            try (SandboxPool pool = new SandboxPool(sandbox, () -> Wiring.sandbox(cmd), SandboxPool.sizeFor(cmd.parallel))) {
                return new ParallelRunner(collection, scopes, data, options, http, pool, listeners, cmd.parallel).run();
            }
        }
    }
}
