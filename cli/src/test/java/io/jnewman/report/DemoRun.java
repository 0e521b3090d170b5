package io.jnewman.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.load.CollectionLoader;
import io.jnewman.load.JsonInput;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Script;
import io.jnewman.model.Url;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.Cursor;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;
import io.jnewman.run.RunTimings;
import io.jnewman.run.SummaryFixture;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The events of the demo run newman 6.2.2 was recorded on (src/test/resources/report: demo-collection.json, two data
 * rows): a folder with console output, a passing and a failing item, a skipped test, an assertion that fails then
 * passes, a script ReferenceError, a skipped request, a 500 with setNextRequest, a refused connection. Response sizes
 * and times are newman's, so the reports can be compared with its files.
 */
final class DemoRun {
    static final long STARTED = 1795448224837L;
    static final String[] WHO = {"alice", "bob"};
    static final long[][] TIMES = {{92, 10, 35, 15}, {43, 21, 35, 12}};
    static final int[][] BODIES = {{389, 467, 337, 19}, {385, 467, 337, 19}};

    final Collection collection;
    final List<RunEvent> events = new ArrayList<>();
    final RunSummary summary;
    private final Item getUser;
    private final Item createUser;
    private final Item broken;
    private final Item skipper;
    private final Item serverError;
    private final Item connRefused;
    private final Script script = new Script("s", "text/javascript", List.of(), null);

    DemoRun() {
        collection = load("demo-collection.json");
        List<Item> items = collection.requestItems();
        getUser = items.get(0);
        createUser = items.get(1);
        broken = items.get(2);
        skipper = items.get(3);
        serverError = items.get(4);
        connRefused = items.get(5);
        record();
        summary = SummaryFixture.summarize(events, collection, VariableScope.empty("environment"),
                VariableScope.empty("globals"),
                new RunTimings(33.44444444444444, 10, 92, 26.054904043027253, STARTED, STARTED + 1384), null);
        events.add(new RunEvent.RunFinished(summary));
    }

    static Collection load(String resource) {
        try (InputStream in = DemoRun.class.getResourceAsStream("/report/" + resource)) {
            JsonNode json = JsonInput.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, "collection");
            return CollectionLoader.fromJson(json, resource);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds every event to the listener, in order. */
    void replay(Consumer<RunEvent> listener) {
        events.forEach(listener);
    }

    private void record() {
        events.add(new RunEvent.RunStarted(collection, 2, STARTED));
        for (int it = 0; it < 2; it++) {
            events.add(new RunEvent.IterationStarted(cursor(0, it)));
            Cursor c = cursor(0, it);
            start(c, getUser);
            prerequest(c, getUser, null, () -> console(c, getUser, "log", "'folder-pre'", "'Get user'", "{ a: 1, b: 'x' }"));
            send(c, getUser, ok(it, 0), "http://127.0.0.1:5055/get?id=1&who=" + WHO[it]);
            test(c, getUser, null, () -> pass(c, getUser, 0, "collection-level: status < 500"));
            test(c, getUser, null, () -> pass(c, getUser, 0, "folder-level ok"));
            test(c, getUser, null, () -> {
                pass(c, getUser, 0, "status is 200");
                add(new RunEvent.AssertionMade(c, getUser, new Assertion("skipped test", 1, true, null)));
                console(c, getUser, "warn", "'warned'");
            }, true);

            Cursor c1 = cursor(1, it);
            start(c1, createUser);
            prerequest(c1, createUser, null, () -> console(c1, createUser, "log", "'folder-pre'", "'Create user'", "{ a: 1, b: 'x' }"));
            send(c1, createUser, ok(it, 1), "http://127.0.0.1:5055/post");
            test(c1, createUser, null, () -> pass(c1, createUser, 0, "collection-level: status < 500"));
            test(c1, createUser, null, () -> pass(c1, createUser, 0, "folder-level ok"));
            int iteration = it;
            test(c1, createUser, null, () -> {
                fail(c1, createUser, 0, "status is 201", "expected response to have status code 201 but got 200");
                if (iteration == 0) fail(c1, createUser, 1, "flaky", "expected +0 to equal 1");
                else pass(c1, createUser, 1, "flaky");
            }, true);

            Cursor c2 = cursor(2, it);
            start(c2, broken);
            phase(c2, broken, "prerequest");
            send(c2, broken, ok(it, 2), "http://127.0.0.1:5055/get");
            test(c2, broken, null, () -> pass(c2, broken, 0, "collection-level: status < 500"));
            test(c2, broken, new ScriptError("ReferenceError", "undefinedFn is not defined",
                    "ReferenceError: undefinedFn is not defined\n    at sandbox-script.js:2:1"),
                    () -> pass(c2, broken, 0, "before error"), true);

            Cursor c3 = cursor(3, it);
            start(c3, skipper);
            prerequest(c3, skipper, null, () -> { });
            events.add(new RunEvent.ItemFinished(c3, skipper, true));

            Cursor c4 = cursor(4, it);
            start(c4, serverError);
            phase(c4, serverError, "prerequest");
            send(c4, serverError, response(500, "Internal Server Error", TIMES[it][3], BODIES[it][3]),
                    "http://127.0.0.1:5055/status/500");
            test(c4, serverError, null, () -> fail(c4, serverError, 0, "collection-level: status < 500",
                    "expected 500 to be below 500"));
            test(c4, serverError, null, () -> {
                console(c4, serverError, "warn", "'Using \"postman.setNextRequest\" is deprecated. Use \"pm.execution"
                        + ".setNextRequest()\" instead.'");
                add(new RunEvent.NextRequestSet(c4, serverError, "Conn refused"));
            }, true);

            Cursor c5 = cursor(5, it);
            start(c5, connRefused);
            phase(c5, connRefused, "prerequest");
            events.add(new RunEvent.RequestSent(c5, connRefused, new Exchange(sent("GET", "http://127.0.0.1:1/nothing"),
                    null, new RequestError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:1", "connect", "127.0.0.1", 1)),
                    false));
            test(c5, connRefused, null, () -> fail(c5, connRefused, 0, "collection-level: status < 500",
                    "expected undefined to be a number or a date"), true);
            events.add(new RunEvent.IterationFinished(cursor(5, it)));
        }
    }

    private static Cursor cursor(int position, int iteration) {
        return new Cursor(position, iteration, 6, 2, "ref-" + iteration + "-" + position, "http-" + iteration + "-" + position);
    }

    private HttpResponse ok(int iteration, int position) {
        return response(200, "OK", TIMES[iteration][position], BODIES[iteration][position]);
    }

    static HttpResponse response(int code, String status, long time, int bodyLength) {
        byte[] body = new byte[bodyLength];
        Arrays.fill(body, (byte) 'x');
        List<KeyValue> headers = List.of(KeyValue.of("Content-Type", "application/json; charset=utf-8"),
                KeyValue.of("Content-Length", Integer.toString(bodyLength)),
                KeyValue.of("Date", "Mon, 23 Nov 2026 15:37:05 GMT"), KeyValue.of("Connection", "keep-alive"),
                KeyValue.of("Keep-Alive", "timeout=65"));
        return new HttpResponse(code, status, headers, body, time, bodyLength, List.of());
    }

    static Exchange.SentRequest sent(String method, String url) {
        Request request = new Request(method, Url.parse(url), List.of(KeyValue.of("User-Agent", "PostmanRuntime/7.39.1"),
                KeyValue.of("X-Custom", "mine")), null, null, null);
        return new Exchange.SentRequest(request, Set.of("User-Agent"));
    }

    private void start(Cursor c, Item item) {
        events.add(new RunEvent.ItemStarted(c, item));
    }

    private void send(Cursor c, Item item, HttpResponse response, String url) {
        String method = item.request().method();
        events.add(new RunEvent.RequestSent(c, item, new Exchange(sent(method, url), response, null), false));
    }

    private void prerequest(Cursor c, Item item, ScriptError error, Runnable body) {
        body.run();
        events.add(new RunEvent.ScriptFinished(c, item, "prerequest", script, error));
        phase(c, item, "prerequest");
    }

    private void phase(Cursor c, Item item, String name) {
        events.add(new RunEvent.PhaseFinished(c, item, name));
    }

    private void test(Cursor c, Item item, ScriptError error, Runnable body) {
        test(c, item, error, body, false);
    }

    /** One test script; {@code last} closes the test phase and the item. */
    private void test(Cursor c, Item item, ScriptError error, Runnable body, boolean last) {
        body.run();
        events.add(new RunEvent.ScriptFinished(c, item, "test", script, error));
        if (last) {
            phase(c, item, "test");
            events.add(new RunEvent.ItemFinished(c, item, false));
        }
    }

    private void add(RunEvent event) {
        events.add(event);
    }

    private void console(Cursor c, Item item, String level, String... messages) {
        events.add(new RunEvent.ConsoleMessage(c, item, level, List.of(messages)));
    }

    private void pass(Cursor c, Item item, int index, String name) {
        events.add(new RunEvent.AssertionMade(c, item, new Assertion(name, index, false, null)));
    }

    private void fail(Cursor c, Item item, int index, String name, String message) {
        ScriptError error = new ScriptError("AssertionError", message, "AssertionError: " + message
                + "\n   at Object.eval sandbox-script.js:" + (index + 1) + ":" + (c.position() + 1) + ")");
        events.add(new RunEvent.AssertionMade(c, item, new Assertion(name, index, false, error)));
    }
}
