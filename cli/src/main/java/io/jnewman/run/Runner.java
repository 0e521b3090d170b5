package io.jnewman.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.script.ScriptSandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The sequential run: iterations over the selected items, Newman's semantics. Everything it learns is published
 * as {@link RunEvent}s; it keeps no results itself.
 */
public final class Runner {
    private final Collection collection;
    private final RunScopes scopes;
    private final List<ObjectNode> dataRows;
    private final RunOptions options;
    private final HttpExecutor http;
    private final ScriptSandbox sandbox;
    private final List<RunListener> listeners;

    public Runner(Collection collection, RunScopes scopes, List<ObjectNode> dataRows, RunOptions options,
                  HttpExecutor http, ScriptSandbox sandbox, List<RunListener> listeners) {
        this.collection = collection;
        this.scopes = scopes;
        this.dataRows = dataRows == null ? List.of() : dataRows;
        this.options = options;
        this.http = http;
        this.sandbox = sandbox;
        this.listeners = new ArrayList<>(listeners);
    }

    /** Runs to the end (or to a bail/abort) and returns the summary also published with {@link RunEvent.RunFinished}. */
    public RunSummary run() {
        RunPublisher publisher = new RunPublisher(listeners);
        String fatal = null;
        try {
            List<Item> items = ItemSelection.select(collection, options.filter());
            int cycles = RunPublisher.cycles(options, dataRows);
            publisher.on(new RunEvent.RunStarted(collection, cycles, System.currentTimeMillis()));
            long deadline = RunPublisher.deadline(options);
            ItemRunner itemRun = ItemRunner.of(scopes, options, http, sandbox, publisher, deadline);
            IterationLoop loop = new IterationLoop(items, 0, items.size(), itemRun, scopes, dataRows, deadline,
                    options.maxItemRuns(), publisher);
            for (int iteration = 0; iteration < cycles; iteration++) {
                if (iteration > 0) ItemRun.pause(options.delayIteration());
                Cursor cursor = new Cursor(0, iteration, items.size(), cycles, null, null);
                publisher.on(new RunEvent.IterationStarted(cursor));
                boolean bailed = loop.run(iteration, cycles);
                publisher.on(new RunEvent.IterationFinished(cursor));
                if (bailed) break;
            }
        } catch (RunAbortedException e) {
            fatal = e.getMessage();
        }
        return publisher.finish(collection, scopes, fatal);
    }
}
