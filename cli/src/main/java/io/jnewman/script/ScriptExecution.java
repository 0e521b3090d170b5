package io.jnewman.script;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.Exchange;
import io.jnewman.load.RequestJson;
import io.jnewman.model.Item;
import io.jnewman.model.Request;

import java.util.List;
import java.util.Set;

/** State of one script execution: what the script sees (meta for the glue) and what it produced. */
final class ScriptExecution {
    private final ScriptCall call;
    private final ScriptObserver observer;
    private final ScopeAccess variables;
    private final CookieAccess cookies;
    private ScriptError error;
    private ScriptResult.NextRequest nextRequest;
    private boolean skipRequest;

    ScriptExecution(ScriptCall call, ScriptObserver observer) {
        this.call = call;
        this.observer = observer;
        this.variables = new ScopeAccess(call.scopes());
        this.cookies = new CookieAccess(call.services() == null ? null : call.services().cookieJar());
    }

    ScopeAccess variables() {
        return variables;
    }

    CookieAccess cookies() {
        return cookies;
    }

    /** The first error of the script wins, as Newman reports one error per script. */
    void error(ScriptError e) {
        if (error == null) error = e;
    }

    ScriptError error() {
        return error;
    }

    void assertion(String name, int index, boolean skipped, String errorName, String errorMessage, String stack) {
        ScriptError e = errorName == null && errorMessage == null ? null
                : new ScriptError(errorName == null ? "Error" : errorName, errorMessage == null ? "" : errorMessage, stack);
        observer.assertion(new Assertion(name, index, skipped, skipped ? null : ScriptErrors.normalize(e)));
    }

    void console(String level, List<String> messages) {
        observer.console(level, messages);
    }

    void setNextRequest(String target) {
        nextRequest = new ScriptResult.NextRequest(target);
    }

    ScriptResult.NextRequest nextRequest() {
        return nextRequest;
    }

    void skipRequest() {
        skipRequest = true;
    }

    boolean skipped() {
        return skipRequest;
    }

    String sendRequest(String requestJson) {
        if (call.services() == null) {
            ObjectNode out = Json.NODES.objectNode();
            out.putObject("error").put("message", "pm.sendRequest is not available in this run");
            return Json.write(out);
        }
        Request request = RequestJson.fromJson(Json.read(requestJson));
        Exchange exchange = call.services().sendRequest(request);
        return Json.write(ExchangeJson.of(exchange));
    }

    /** What the glue builds pm, pm.request, pm.response and the legacy globals from. */
    String meta() {
        ObjectNode meta = Json.NODES.objectNode();
        meta.put("event", call.eventName());
        ObjectNode info = meta.putObject("info");
        ScriptInfo si = call.info();
        info.put("iteration", si == null ? 0 : si.iteration());
        info.put("iterationCount", si == null ? 1 : si.iterationCount());
        Item item = call.item();
        if (item != null) {
            info.put("requestName", item.name());
            if (item.id() != null) info.put("requestId", item.id());
            ArrayNode location = info.putArray("location");
            if (item.collection() != null) location.add(item.collection().name());
            item.path().forEach(location::add);
            info.put("current", item.name());
        }
        Exchange exchange = call.exchange();
        if (call.request() != null) {
            // a test script's request is the one sent: the headers the runtime added say so, as in newman
            boolean sent = exchange != null && exchange.request() != null && exchange.request().request() == call.request();
            meta.set("request", RequestJson.toJson(call.request(), sent ? exchange.request().systemHeaders() : Set.of()));
        }
        if ("test".equals(call.eventName()) && exchange != null && exchange.response() != null) {
            meta.set("response", ExchangeJson.of(exchange));
            meta.set("cookies", ExchangeJson.cookies(exchange.response().cookies()));
        }
        return Json.write(meta);
    }

    ScriptCall call() {
        return call;
    }
}
