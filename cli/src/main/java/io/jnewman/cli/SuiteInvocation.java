package io.jnewman.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.report.ItemOwners;
import io.jnewman.report.SecretMasker;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.ItemFilter;
import io.jnewman.run.ItemSelection;
import io.jnewman.run.RunAbortedException;
import io.jnewman.run.RunListener;
import io.jnewman.run.RunOptions;
import io.jnewman.run.RunScopes;
import io.jnewman.run.RunSummary;
import io.jnewman.run.SuiteRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A run of several collections: each runs as if alone — from the environment and globals given on the command line
 * (fresh copies each), with its own collection variables, cookie jar and script context — one after another into one
 * set of reporters. --folder names may be in any of the collections (each runs the ones it has; a name found nowhere
 * is an error). The exports hold what the last collection ended with.
 */
final class SuiteInvocation {
    private final RunCommand cmd;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;
    private final SecretMasker masker;

    SuiteInvocation(RunCommand cmd, PrintStream out, PrintStream err, Path workingDir, SecretMasker masker) {
        this.cmd = cmd;
        this.out = out;
        this.err = err;
        this.workingDir = workingDir;
        this.masker = masker;
    }

    /** @return the merged summary, or null when --shard left this run nothing to do */
    RunSummary run(List<String> sources, List<Collection> collections, VariableScope environment,
                   VariableScope globals, List<ObjectNode> data, ItemFilter filter,
                   BiFunction<ItemFilter, Path, RunOptions> options, Secrets secrets,
                   Consumer<List<RunListener>> listenAlso) {
        List<ItemFilter> filters = folderFilters(collections, filter);
        List<List<Item>> selections = new ArrayList<>();
        for (int i = 0; i < collections.size(); i++) {
            selections.add(filters.get(i) == null ? List.of() : ItemSelection.select(collections.get(i), filters.get(i)));
        }
        if (cmd.shard != null) {
            Optional<Set<Item>> units = ShardScope.units(cmd.shard, selections, err);
            if (units.isEmpty()) return null;
            for (int i = 0; i < filters.size(); i++) {
                boolean hasWork = selections.get(i).stream().anyMatch(r -> units.get().contains(ItemFilter.topLevel(r)));
                filters.set(i, hasWork ? filters.get(i).withUnits(units.get()) : null);
            }
        }
        Map<Collection, ItemOwners> owners = new IdentityHashMap<>();
        LastCollection last = new LastCollection();
        List<SuiteRunner.Part> parts = new ArrayList<>();
        for (int i = 0; i < collections.size(); i++) {
            if (filters.get(i) == null) continue; // nothing of it selected (--folder) or in this shard
            Collection collection = collections.get(i);
            owners.put(collection, Wiring.owners(cmd, sources.get(i)));
            RunOptions collectionOptions = options.apply(filters.get(i), workingDir);
            parts.add(new SuiteRunner.Part(collection, sources.get(i),
                    listener -> runOne(collection, environment, globals, data, collectionOptions, listener, last)));
        }
        Collection suite = SuiteCollection.of(collections);
        ItemOwners itemOwners = item -> owners.getOrDefault(item.collection(), ItemOwners.NONE).ownerOf(item);
        List<RunListener> reporters = Wiring.reporters(cmd, out, err, workingDir, masker, null, itemOwners);
        listenAlso.accept(reporters);
        int cycles = cmd.iterationCount != null ? cmd.iterationCount : Math.max(1, data.size());
        try {
            RunSummary summary = new SuiteRunner(suite, cycles, parts,
                    cmd.bail != null && cmd.bail.contains("failure"), reporters).run();
            RunScopes scopes = last.scopes != null ? last.scopes
                    : new RunScopes(globals, environment, VariableScope.empty("collection"));
            try (HttpExecutor http = last.http != null ? last.http : Wiring.http(cmd, workingDir)) {
                Exports.write(cmd, summary, scopes, http, suite, err, secrets, masker);
            }
            last.http = null;
            return summary;
        } finally {
            last.close();
        }
    }

    /** One collection, as if run alone; its HTTP executor stays open (for the cookie-jar export) until the next. */
    private RunSummary runOne(Collection collection, VariableScope environment, VariableScope globals,
                              List<ObjectNode> data, RunOptions options, RunListener listener, LastCollection last) {
        RunScopes scopes = new RunScopes(globals.copy(), environment.copy(),
                new VariableScope("collection", collection.id(), collection.name(), collection.variables()));
        HttpExecutor http = Wiring.http(cmd, workingDir);
        last.replace(scopes, http);
        try {
            return CollectionRun.run(cmd, collection, scopes, data, options, http, List.of(listener));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each collection's filter with the --folder names it contains; null for a collection that has none of them. */
    private static List<ItemFilter> folderFilters(List<Collection> collections, ItemFilter filter) {
        List<ItemFilter> filters = new ArrayList<>();
        if (filter.folders().isEmpty()) {
            for (int i = 0; i < collections.size(); i++) filters.add(filter);
            return filters;
        }
        Set<String> missing = new LinkedHashSet<>(filter.folders());
        for (Collection collection : collections) {
            List<String> here = filter.folders().stream().filter(name -> contains(collection, name)).toList();
            here.forEach(missing::remove);
            filters.add(here.isEmpty() ? null : filter.withFolders(here));
        }
        if (!missing.isEmpty()) {
            throw new RunAbortedException("Unable to find a folder or request in any collection: \""
                    + String.join("\", \"", missing) + "\"");
        }
        return filters;
    }

    private static boolean contains(Collection collection, String name) {
        try {
            ItemSelection.select(collection, List.of(name));
            return true;
        } catch (RunAbortedException notThere) {
            return false;
        }
    }

    /** The scopes and HTTP executor of the collection that ran last: the exports are written from them. */
    private static final class LastCollection implements AutoCloseable {
        private RunScopes scopes;
        private HttpExecutor http;

        void replace(RunScopes nextScopes, HttpExecutor nextHttp) {
            close();
            scopes = nextScopes;
            http = nextHttp;
        }

        @Override
        public void close() {
            if (http != null) http.close();
            http = null;
        }
    }
}
