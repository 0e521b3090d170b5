package io.jnewman.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.model.Variable;
import io.jnewman.script.ScriptResult;
import io.jnewman.script.ScriptSandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run loop: iterations over the selected items with Newman's flow control (setNextRequest jumps, null or an
 * unknown target ends the iteration, skipRequest, --bail) and the global --timeout. Everything it learns is
 * published as {@link RunEvent}s; it keeps no results itself.
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
        SummaryCollector collector = new SummaryCollector();
        List<RunListener> all = new ArrayList<>();
        all.add(collector);
        all.addAll(listeners);
        RunListener publish = event -> all.forEach(l -> l.on(event));
        String fatal = null;
        try {
            List<Item> items = ItemSelection.select(collection, options.folders());
            int cycles = options.iterationCount() > 0 ? options.iterationCount() : Math.max(1, dataRows.size());
            publish.on(new RunEvent.RunStarted(collection, cycles, System.currentTimeMillis()));
            runIterations(items, cycles, publish);
        } catch (RunAbortedException e) {
            fatal = e.getMessage();
        }
        RunSummary summary = collector.summary(collection, scopes.environment(), scopes.globals(), fatal);
        publish.on(new RunEvent.RunFinished(summary));
        return summary;
    }

    private void runIterations(List<Item> items, int cycles, RunListener publish) {
        long deadline = options.timeout() > 0 ? System.currentTimeMillis() + options.timeout() : Long.MAX_VALUE;
        ItemRun itemRun = new ItemRun(scopes, options, http, sandbox, publish, deadline);
        for (int iteration = 0; iteration < cycles; iteration++) {
            loadDataRow(iteration);
            Cursor iterationCursor = new Cursor(0, iteration, items.size(), cycles, null, null);
            publish.on(new RunEvent.IterationStarted(iterationCursor));
            int position = 0;
            boolean bailed = false;
            while (position < items.size()) {
                checkDeadline(deadline);
                Item item = items.get(position);
                Cursor cursor = new Cursor(position, iteration, items.size(), cycles, UUID.randomUUID().toString(), null);
                ItemRun.Outcome outcome = itemRun.run(item, cursor, cycles);
                if (outcome.bail()) {
                    bailed = true;
                    break;
                }
                ScriptResult.NextRequest next = outcome.nextRequest();
                if (next == null) {
                    position++;
                } else {
                    int target = indexOf(items, next.target());
                    if (target < 0) break; // null or unknown target ends this iteration only
                    position = target;
                }
            }
            publish.on(new RunEvent.IterationFinished(iterationCursor));
            if (bailed) return;
        }
    }

    private void checkDeadline(long deadline) {
        if (System.currentTimeMillis() > deadline) throw new RunAbortedException("callback timed out");
    }

    /** setNextRequest targets: id first, then name; with duplicate names the last one wins. */
    private static int indexOf(List<Item> items, String target) {
        if (target == null) return -1;
        for (int i = 0; i < items.size(); i++) {
            if (target.equals(items.get(i).id())) return i;
        }
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (target.equals(items.get(i).name())) found = i;
        }
        return found;
    }

    /** Iteration data: the row for this iteration, the last row reused when there are more iterations than rows. */
    private void loadDataRow(int iteration) {
        if (dataRows.isEmpty()) return;
        ObjectNode row = dataRows.get(Math.min(iteration, dataRows.size() - 1));
        List<Variable> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            values.add(new Variable(f.getKey(), f.getValue(), "any", false));
        }
        scopes.data().replaceAll(values);
    }
}
