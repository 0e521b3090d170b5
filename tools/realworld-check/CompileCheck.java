import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.ScriptError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles every non-blank pre-request / test script of every corpus collection in jnewman's GraalJS sandbox, wrapped
 * exactly as a run wraps it (GraalSandbox.checkSyntax), without running it. Collections are loaded with jnewman's own
 * loader. One JSON line per script: {"collection","index","item","event","ok","error"}, in the order of
 * compile-check.js. Run (single-file source launch): java -cp cli/target/jnewman.jar CompileCheck.java CORPUS_DIR
 */
public final class CompileCheck {
    private static final Pattern COLLECTION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+\\.json)\"");

    record Found(String item, Event event) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        // features.json lists the collections; its "id" fields are the only *.json ids in it
        Matcher ids = COLLECTION_ID.matcher(Files.readString(corpus.resolve("features.json")));
        try (GraalSandbox sandbox = new GraalSandbox()) {
            while (ids.find()) {
                String id = ids.group(1);
                Path file = corpus.resolve(id);
                if (!Files.exists(file)) continue;
                Collection collection;
                try {
                    collection = CollectionLoader.load(file.toString());
                } catch (RuntimeException e) {
                    System.out.println("{\"collection\":" + quote(id) + ",\"index\":-1,\"ok\":false,\"error\":"
                            + quote("load: " + e.getMessage()) + "}");
                    continue;
                }
                List<Found> scripts = new ArrayList<>();
                collection.events().forEach(e -> add(scripts, collection.name(), e));
                collection.forEachItem(item -> item.events().forEach(e -> add(scripts, item.name(), e)));
                for (int i = 0; i < scripts.size(); i++) {
                    Found f = scripts.get(i);
                    ScriptError error = sandbox.checkSyntax(f.event().listen(), f.event().script().source());
                    System.out.println("{\"collection\":" + quote(id) + ",\"index\":" + i + ",\"item\":" + quote(f.item())
                            + ",\"event\":" + quote(f.event().listen()) + ",\"ok\":" + (error == null) + ",\"error\":"
                            + (error == null ? "null" : quote(error.name() + ": " + error.message())) + "}");
                }
            }
        }
    }

    private static void add(List<Found> scripts, String item, Event e) {
        if (e.script() == null || e.script().source().isBlank()) return;
        if (!Event.PREREQUEST.equals(e.listen()) && !Event.TEST.equals(e.listen())) return;
        scripts.add(new Found(item, e));
    }

    private static String quote(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
