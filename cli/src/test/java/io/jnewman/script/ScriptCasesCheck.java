package io.jnewman.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.Exchange;
import io.jnewman.load.CollectionLoader;
import io.jnewman.load.IterationData;
import io.jnewman.load.VariablesFile;
import io.jnewman.model.Auth;
import io.jnewman.model.Collection;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the sandbox against newman on the conformance harness's script cases before the real runner exists: a
 * minimal run loop (scripts in order, setNextRequest, skipRequest, HTTP through {@link LoopbackServices}) runs each
 * case's rewritten inputs against the harness echo server and compares assertion outcomes and script errors with
 * newman's cached summary. Run: {@code java -cp … io.jnewman.script.ScriptCasesCheck HARNESS_OUT_DIR CASE…}.
 */
public final class ScriptCasesCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int identical = 0;
        try (GraalSandbox sandbox = new GraalSandbox()) {
            for (int i = 1; i < args.length; i++) {
                Path dir = out.resolve(args[i].replace("/", "__"));
                List<String> expected = expected(JSON.readTree(dir.resolve("newman/summary.json").toFile()));
                List<String> actual = run(sandbox, Files.readString(dir.resolve("newman/command.txt")));
                boolean same = expected.equals(actual);
                if (same) identical++;
                System.out.println((same ? "IDENTICAL " : "DIFFERENT ") + args[i] + " (" + expected.size() + " newman lines)");
                if (!same) diff(expected, actual);
            }
        }
        System.out.printf("script cases: %d/%d identical%n", identical, args.length - 1);
        System.exit(0);
    }

    private static void diff(List<String> expected, List<String> actual) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) System.out.println("   newman: " + e + "\n   java:   " + a);
        }
    }

    private static List<String> expected(JsonNode summary) {
        List<String> lines = new ArrayList<>();
        for (JsonNode execution : summary.path("executions")) {
            for (JsonNode a : execution.path("assertions")) {
                lines.add(execution.path("item").asText() + " | " + a.path("name").asText() + " | " + a.path("status").asText()
                        + (a.path("error").isNull() ? "" : " | " + a.path("error").asText()));
            }
        }
        for (JsonNode f : summary.path("failures")) {
            String at = f.path("at").asText();
            if (at.contains("script") && !at.startsWith("assertion")) {
                lines.add("ERROR " + f.path("item").asText() + " | " + at.replaceAll(".* in ", "") + " | " + f.path("name").asText()
                        + ": " + f.path("message").asText());
            }
        }
        return lines;
    }

    private static String arg(String command, String flag) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(flag) + " (\\S+)").matcher(command);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> run(GraalSandbox sandbox, String command) {
        String line = command.lines().filter(l -> l.contains(" run ")).findFirst().orElseThrow();
        Matcher cm = Pattern.compile(" run (\\S+)").matcher(line);
        cm.find();
        Collection collection = CollectionLoader.load(cm.group(1));
        String env = arg(line, "-e");
        String glob = arg(line, "-g");
        String data = arg(line, "-d");
        String timeout = arg(line, "--timeout-script");
        String n = arg(line, "-n");
        VariablesFile envFile = env == null ? null : VariablesFile.load(env, "environment");
        VariablesFile globFile = glob == null ? null : VariablesFile.load(glob, "globals");
        VariableScope globals = new VariableScope("globals", null, globFile == null ? null : globFile.name(), globFile == null ? List.of() : globFile.values());
        VariableScope environment = new VariableScope("environment", null, envFile == null ? null : envFile.name(), envFile == null ? List.of() : envFile.values());
        VariableScope collectionVars = new VariableScope("collection", null, null, collection.variables());
        VariableScope dataScope = VariableScope.empty("data");
        VariableScope local = VariableScope.empty("local");
        VariableResolver resolver = new VariableResolver(List.of(local, dataScope, environment, collectionVars, globals), name -> switch (name) {
            case "$guid", "$randomUUID" -> UUID.randomUUID().toString();
            case "$timestamp" -> Long.toString(System.currentTimeMillis() / 1000);
            case "$randomInt" -> Integer.toString((int) (Math.random() * 1001));
            default -> null;
        });
        ScriptScopes scopes = new ScriptScopes(globals, environment, collectionVars, dataScope, local, resolver);
        List<ObjectNode> rows = data == null ? List.of() : IterationData.load(data);
        int iterations = n != null ? Integer.parseInt(n) : Math.max(1, rows.size());
        LoopbackServices services = new LoopbackServices();
        List<Item> items = collection.requestItems();
        List<String> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int it = 0; it < iterations; it++) {
            List<Variable> row = new ArrayList<>();
            if (it < rows.size()) rows.get(it).fields().forEachRemaining(e -> row.add(new Variable(e.getKey(), e.getValue(), "any", false)));
            dataScope.replaceAll(row);
            ScriptInfo info = new ScriptInfo(it, iterations);
            for (int index = 0; index >= 0 && index < items.size(); ) {
                Item item = items.get(index);
                String name = item.name();
                ScriptResult.NextRequest next = null;
                Request request = item.request();
                boolean skipped = false;
                for (Event e : item.listeners(Event.PREREQUEST)) {
                    ScriptResult r = sandbox.execute(new ScriptCall(Event.PREREQUEST, e.script(), item, request, null, scopes, info,
                            timeout == null ? 0 : Long.parseLong(timeout), services), observer(name, lines));
                    request = r.request();
                    if (r.error() != null) errors.add("ERROR " + name + " | prerequest-script | " + r.error().name() + ": " + r.error().message());
                    if (r.nextRequest() != null) next = r.nextRequest();
                    if (r.skipRequest()) { skipped = true; break; }
                }
                if (!skipped) {
                    Request resolved = request.mapStrings(resolver::resolve);
                    resolved = resolved.withUrl(Url.parse(resolved.url().toString()).withVariable(resolved.url().variable()));
                    resolved = authorize(resolved, item.effectiveAuth() == null ? null : item.effectiveAuth().mapStrings(resolver::resolve));
                    Exchange exchange = services.sendRequest(resolved);
                    for (Event e : item.listeners(Event.TEST)) {
                        ScriptResult r = sandbox.execute(new ScriptCall(Event.TEST, e.script(), item, resolved, exchange, scopes, info,
                                timeout == null ? 0 : Long.parseLong(timeout), services), observer(name, lines));
                        if (r.error() != null) errors.add("ERROR " + name + " | test-script | " + r.error().name() + ": " + r.error().message());
                        if (r.nextRequest() != null) next = r.nextRequest();
                    }
                }
                if (next == null) {
                    index++;
                } else {
                    index = -1;
                    for (int k = 0; k < items.size(); k++) {
                        if (next.target() != null && (next.target().equals(items.get(k).id()) || next.target().equals(items.get(k).name()))) index = k;
                    }
                }
            }
        }
        lines.addAll(errors);
        return lines;
    }

    private static Request authorize(Request request, Auth auth) {
        if (auth == null || auth.type() == null) return request;
        return switch (auth.type()) {
            case "basic" -> request.withHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (auth.param("username", "") + ":" + auth.param("password", "")).getBytes()));
            case "bearer" -> auth.param("token", "").isEmpty() ? request : request.withHeader("Authorization", "Bearer " + auth.param("token"));
            default -> request;
        };
    }

    private static ScriptObserver observer(String item, List<String> lines) {
        return new ScriptObserver() {
            @Override
            public void assertion(Assertion a) {
                lines.add(item + " | " + a.name() + " | " + (a.skipped() ? "skipped" : a.passed() ? "pass" : "fail")
                        + (a.error() == null ? "" : " | " + a.error().name() + ": " + a.error().message()));
            }

            @Override
            public void console(String level, List<String> messages) {
            }
        };
    }

    private ScriptCasesCheck() {
    }

}
