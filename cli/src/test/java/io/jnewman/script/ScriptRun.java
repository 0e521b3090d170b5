package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.model.Item;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Script;
import io.jnewman.model.Url;
import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds script calls for tests and records what the sandbox reports. */
final class ScriptRun implements ScriptObserver {
    final VariableScope globals = VariableScope.empty("globals");
    final VariableScope environment = new VariableScope("environment", "env-id", "test-env", List.of());
    final VariableScope collection = VariableScope.empty("collection");
    final VariableScope data = VariableScope.empty("data");
    final VariableScope local = VariableScope.empty("local");
    final ScriptScopes scopes = new ScriptScopes(globals, environment, collection, data, local,
            new VariableResolver(List.of(local, data, environment, collection, globals), name -> "$guid".equals(name) ? "guid-value" : null));
    final List<Assertion> assertions = new ArrayList<>();
    final List<String> console = new ArrayList<>();
    Request request = new Request("GET", Url.parse("http://localhost:5055/get?a=1"), List.of(KeyValue.of("X-Test", "yes")), null, null, null);
    Exchange exchange;
    ScriptServices services;
    long timeoutMillis;
    ScriptInfo info = new ScriptInfo(0, 1);
    Item item = new Item("item-id", "My request", null, request, null, null, null, null, null);

    ScriptRun response(int code, String status, String body, KeyValue... headers) {
        HttpResponse r = new HttpResponse(code, status, List.of(headers), body.getBytes(StandardCharsets.UTF_8), 12,
                body.length(), List.of());
        exchange = new Exchange(new Exchange.SentRequest(request, java.util.Set.of()), r, null);
        return this;
    }

    ScriptRun timeout(long millis) {
        this.timeoutMillis = millis;
        return this;
    }

    ScriptResult test(ScriptSandbox sandbox, String... lines) {
        return run(sandbox, "test", lines);
    }

    ScriptResult pre(ScriptSandbox sandbox, String... lines) {
        return run(sandbox, "prerequest", lines);
    }

    ScriptResult run(ScriptSandbox sandbox, String event, String... lines) {
        Script script = new Script(null, "text/javascript", List.of(lines), null);
        ScriptResult result = sandbox.execute(new ScriptCall(event, script, item, request, "test".equals(event) ? exchange : null,
                scopes, info, timeoutMillis, services), this);
        if ("prerequest".equals(event) && result.request() != null) request = result.request();
        return result;
    }

    void setEnv(String key, String value) {
        environment.set(key, Variable.of(key, value).value());
    }

    @Override
    public void assertion(Assertion assertion) {
        assertions.add(assertion);
    }

    @Override
    public void console(String level, List<String> messages) {
        console.add(level + ":" + String.join(" ", messages));
    }

    List<String> outcomes() {
        return assertions.stream().map(a -> (a.skipped() ? "skip " : a.passed() ? "pass " : "FAIL ") + a.name()
                + (a.error() == null ? "" : " | " + a.error().name() + ": " + a.error().message())).toList();
    }
}
