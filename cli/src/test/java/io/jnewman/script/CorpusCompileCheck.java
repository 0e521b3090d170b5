package io.jnewman.script;

import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles every script of every collection under a folder (default: the shared real-world corpus) in the sandbox
 * and lists those that do not compile. Run: {@code java -cp … io.jnewman.script.CorpusCompileCheck [DIR]}.
 */
public final class CorpusCompileCheck {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/conformance/real-world");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().contains("environment")
                    && !p.getFileName().toString().equals("features.json")).sorted().toList();
        }
        int collections = 0;
        int scripts = 0;
        List<String> failures = new ArrayList<>();
        try (GraalSandbox sandbox = new GraalSandbox()) {
            for (Path file : files) {
                Collection collection;
                try {
                    collection = CollectionLoader.load(file.toString());
                } catch (RuntimeException notACollection) {
                    continue;
                }
                collections++;
                List<Event> events = new ArrayList<>(collection.events());
                collection.forEachItem(item -> events.addAll(item.events()));
                for (Event e : events) {
                    if (e.script() == null) continue;
                    scripts++;
                    ScriptError error = sandbox.checkSyntax(e.listen(), e.script().source());
                    if (error != null) failures.add(root.relativize(file) + " [" + e.listen() + "]: " + error.name() + ": " + error.message());
                }
            }
        }
        failures.forEach(System.out::println);
        System.out.printf("%d collections, %d scripts, %d compile%n", collections, scripts, scripts - failures.size());
    }

    private CorpusCompileCheck() {
    }
}
