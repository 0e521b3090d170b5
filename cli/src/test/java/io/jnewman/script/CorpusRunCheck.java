package io.jnewman.script;

import com.sun.net.httpserver.HttpServer;
import io.jnewman.http.Exchange;
import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs every script of every collection under a folder against a catch-all server (every request answers 200 with
 * a small JSON body) and tallies the script errors by message, to spot sandbox API gaps in real scripts.
 * Run: {@code java -cp … io.jnewman.script.CorpusRunCheck [DIR]}.
 */
public final class CorpusRunCheck {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/conformance/real-world");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"id\":1,\"data\":[],\"token\":\"t\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String base = "127.0.0.1:" + server.getAddress().getPort();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().contains("environment")
                    && !p.getFileName().toString().equals("features.json")).sorted().toList();
        }
        Map<String, Integer> errors = new TreeMap<>();
        int scripts = 0;
        int failedScripts = 0;
        int assertions = 0;
        try (GraalSandbox sandbox = new GraalSandbox()) {
            LoopbackServices services = new LoopbackServices();
            for (Path file : files) {
                Collection collection;
                try {
                    collection = CollectionLoader.load(file.toString());
                } catch (RuntimeException notACollection) {
                    continue;
                }
                VariableScope globals = VariableScope.empty("globals");
                VariableScope environment = VariableScope.empty("environment");
                VariableScope collectionVars = new VariableScope("collection", null, null, collection.variables());
                VariableScope data = VariableScope.empty("data");
                VariableScope local = VariableScope.empty("local");
                VariableResolver resolver = new VariableResolver(List.of(local, data, environment, collectionVars, globals), n -> null);
                ScriptScopes scopes = new ScriptScopes(globals, environment, collectionVars, data, local, resolver);
                int[] count = new int[1];
                ScriptObserver observer = new ScriptObserver() {
                    @Override
                    public void assertion(Assertion assertion) {
                        count[0]++;
                    }

                    @Override
                    public void console(String level, List<String> messages) {
                    }
                };
                for (Item item : collection.requestItems()) {
                    Request request = item.request();
                    List<ScriptResult> results = new ArrayList<>();
                    for (Event e : item.listeners(Event.PREREQUEST)) {
                        ScriptResult r = sandbox.execute(new ScriptCall(Event.PREREQUEST, e.script(), item, request, null, scopes,
                                new ScriptInfo(0, 1), 5000, services), observer);
                        request = r.request();
                        results.add(r);
                    }
                    Request resolved = request.mapStrings(resolver::resolve);
                    Url url = Url.parse(resolved.url().toString());
                    Url local127 = new Url("http", null, List.of(base.split(":")[0]), base.split(":")[1], url.path(), url.query(), url.variable(), null);
                    Request sent = resolved.withUrl(local127);
                    Exchange exchange = services.sendRequest(sent);
                    for (Event e : item.listeners(Event.TEST)) {
                        results.add(sandbox.execute(new ScriptCall(Event.TEST, e.script(), item, resolved, exchange, scopes,
                                new ScriptInfo(0, 1), 5000, services), observer));
                    }
                    for (ScriptResult r : results) {
                        scripts++;
                        if (r.error() != null) {
                            failedScripts++;
                            String key = r.error().name() + ": " + r.error().message().replaceAll("\\s+", " ");
                            errors.merge(key.length() > 140 ? key.substring(0, 140) : key, 1, Integer::sum);
                        }
                    }
                }
                assertions += count[0];
            }
        }
        server.stop(0);
        errors.forEach((k, v) -> System.out.printf("%5d  %s%n", v, k));
        System.out.printf("%d scripts run, %d ended with an error, %d assertions%n", scripts, failedScripts, assertions);
        System.exit(0);
    }

    private CorpusRunCheck() {
    }
}
