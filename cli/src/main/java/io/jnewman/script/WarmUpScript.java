package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.model.Item;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Script;
import io.jnewman.model.Url;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A throw-away test script over private scopes and a made-up response, run while the sandbox starts so that the
 * code paths nearly every collection uses (pm.test, chai-postman, json(), variables) are already warm when the first
 * real script comes. It touches nothing of the run.
 */
final class WarmUpScript {
    private static final List<String> SOURCE = List.of(
            "pm.test('status', function () { pm.response.to.have.status(200); pm.response.to.be.ok; pm.response.to.be.json; });",
            "pm.test('body', function () { var j = pm.response.json(); pm.expect(j.id).to.eql(1); pm.expect(j).to.have.property('id'); });",
            "pm.test('header', function () { pm.response.to.have.header('Content-Type'); pm.expect(pm.response.headers.get('Content-Type')).to.include('json'); });",
            "pm.environment.set('id', pm.response.json().id); pm.environment.get('id'); pm.variables.get('id');",
            "var sameMillisecond = Date.now() == (new Date()).getTime();");

    private WarmUpScript() {
    }

    static ScriptCall call() {
        VariableScope local = VariableScope.empty("local");
        VariableScope environment = VariableScope.empty("environment");
        ScriptScopes scopes = new ScriptScopes(VariableScope.empty("globals"), environment, VariableScope.empty("collection"),
                VariableScope.empty("data"), local, new VariableResolver(List.of(local, environment), name -> null));
        Request request = new Request("GET", Url.parse("http://localhost/warm-up"), List.of(), null, null, null);
        HttpResponse response = new HttpResponse(200, "OK", List.of(KeyValue.of("Content-Type", "application/json")),
                "{\"id\":1}".getBytes(StandardCharsets.UTF_8), 1, 8, List.of());
        Item item = new Item("warm-up", "warm-up", null, request, null, null, null, null, null);
        return new ScriptCall("test", new Script(null, "text/javascript", SOURCE, null), item, request,
                new Exchange(new Exchange.SentRequest(request, Set.of()), response, null), scopes, new ScriptInfo(0, 1), 0, null);
    }

    static final ScriptObserver IGNORE = new ScriptObserver() {
        @Override
        public void assertion(Assertion assertion) {
        }

        @Override
        public void console(String level, List<String> messages) {
        }
    };
}
