package io.jnewman.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.script.ScriptSandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * --parallel N: runs independent units concurrently and publishes their events in the order a sequential run
 * would, so every report is deterministic. A unit is one iteration when the run has several iterations, otherwise
 * one top-level folder (or top-level request). Each unit starts from its own copy of the environment, globals and
 * collection variables; the cookie jar, connection pool and script contexts are shared (a context runs one script at
 * a time; the sandbox given here must be safe to call from several workers, such as a SandboxPool). The final
 * environment and globals (for exports and the JSON report) are those of the last unit. A collection whose scripts
 * call setNextRequest cannot be split into folders safely and is refused.
 */
public final class ParallelRunner {
    private final Collection collection;
    private final RunScopes scopes;
    private final List<ObjectNode> dataRows;
    private final RunOptions options;
    private final HttpExecutor http;
    private final ScriptSandbox sandbox;
    private final List<RunListener> listeners;
    private final int parallelism;

    public ParallelRunner(Collection collection, RunScopes scopes, List<ObjectNode> dataRows, RunOptions options,
                          HttpExecutor http, ScriptSandbox sandbox, List<RunListener> listeners,
                          int parallelism) {
        this.collection = collection;
        this.scopes = scopes;
        this.dataRows = dataRows == null ? List.of() : dataRows;
        this.options = options;
        this.http = http;
        this.sandbox = sandbox;
        this.listeners = new ArrayList<>(listeners);
        this.parallelism = Math.max(1, parallelism);
    }

    private record Unit(List<Item> items, int offset, int iteration) {
    }

    private record UnitResult(List<RunEvent> events, boolean bailed, RunScopes scopes, String fatal) {
    }

    public RunSummary run() {
        RunPublisher publisher = new RunPublisher(listeners);
        List<Item> items = ItemSelection.select(collection, options.filter());
        int cycles = RunPublisher.cycles(options, dataRows);
        List<Unit> units = cycles > 1 ? iterationUnits(items, cycles) : folderUnits(items);
        publisher.on(new RunEvent.RunStarted(collection, cycles, System.currentTimeMillis()));
        long deadline = RunPublisher.deadline(options);
        AtomicBoolean stop = new AtomicBoolean();
        String fatal = null;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, units.size())));
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (Unit unit : units) {
                futures.add(pool.submit(() -> {
                    if (stop.get()) return null;
                    return runUnit(unit, items.size(), cycles, deadline, stop);
                }));
            }
            RunScopes last = null;
            for (int i = 0; i < units.size(); i++) {
                UnitResult result = await(futures.get(i));
                if (result == null) break;
                Unit unit = units.get(i);
                boolean opensIteration = cycles > 1 || i == 0;
                if (opensIteration) publisher.on(new RunEvent.IterationStarted(new Cursor(0, unit.iteration(), items.size(), cycles, null, null)));
                result.events().forEach(publisher::on);
                boolean closesIteration = cycles > 1 || i == units.size() - 1 || result.bailed() || result.fatal() != null;
                if (closesIteration) publisher.on(new RunEvent.IterationFinished(new Cursor(0, unit.iteration(), items.size(), cycles, null, null)));
                last = result.scopes();
                if (result.fatal() != null) {
                    fatal = result.fatal();
                    break;
                }
                if (result.bailed()) break;
            }
            if (last != null) scopes.adopt(last);
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        return publisher.finish(collection, scopes, fatal);
    }

    private UnitResult runUnit(Unit unit, int length, int cycles, long deadline, AtomicBoolean stop) {
        RunScopes unitScopes = scopes.isolatedCopy();
        List<RunEvent> events = new ArrayList<>();
        ItemRunner itemRun = ItemRunner.of(unitScopes, options, http, sandbox, events::add, deadline);
        IterationLoop loop = new IterationLoop(unit.items(), unit.offset(), length, itemRun, unitScopes, dataRows, deadline,
                options.maxItemRuns(), events::add);
        try {
            boolean bailed = loop.run(unit.iteration(), cycles);
            if (bailed) stop.set(true);
            return new UnitResult(events, bailed, unitScopes, null);
        } catch (RunAbortedException e) {
            stop.set(true);
            return new UnitResult(events, false, unitScopes, e.getMessage());
        }
    }

    private static UnitResult await(Future<UnitResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunAbortedException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new RunAbortedException(String.valueOf(cause));
        }
    }

    private static List<Unit> iterationUnits(List<Item> items, int cycles) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < cycles; i++) units.add(new Unit(items, 0, i));
        return units;
    }

    /** Groups consecutive items by their top-level folder (a top-level request is a unit of its own). */
    private static List<Unit> folderUnits(List<Item> items) {
        refuseCrossFolderJumps(items);
        Map<Item, List<Item>> groups = new LinkedHashMap<>();
        for (Item item : items) {
            Item top = item;
            while (top.parent() != null) top = top.parent();
            groups.computeIfAbsent(top, k -> new ArrayList<>()).add(item);
        }
        List<Unit> units = new ArrayList<>();
        int offset = 0;
        for (List<Item> group : groups.values()) {
            units.add(new Unit(group, offset, 0));
            offset += group.size();
        }
        return units;
    }

    private static void refuseCrossFolderJumps(List<Item> items) {
        for (Item item : items) {
            for (String listen : List.of(Event.PREREQUEST, Event.TEST)) {
                for (Event e : item.listeners(listen)) {
                    if (e.script().source().contains("setNextRequest")) {
                        throw new IllegalArgumentException("--parallel runs top-level folders concurrently, but \""
                                + item.name() + "\" calls setNextRequest, which may jump across folders; run this "
                                + "collection without --parallel (or with several iterations, which run in parallel safely)");
                    }
                }
            }
        }
    }
}
