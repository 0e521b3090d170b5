package io.jnewman.report.html;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.load.CollectionLoader;
import io.jnewman.load.JsonInput;
import io.jnewman.model.Body;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hand-made run events over a small collection, in the order the runner publishes them: per item start, request,
 * assertions, console, script errors, finish. {@link #finish()} adds the summary the runner's own collector builds.
 */
final class SampleRun {
    static final long STARTED = 1795448224837L;

    final Collection collection;
    final List<RunEvent> events = new ArrayList<>();
    private final int cycles;
    private final Script script = new Script("s", "text/javascript", List.of(), null);
    private int refs;

    SampleRun(String collectionJson, int cycles) {
        this.collection = CollectionLoader.fromJson(JsonInput.parse(collectionJson, "sample.json", "collection"),
                "sample.json");
        this.cycles = cycles;
        events.add(new RunEvent.RunStarted(collection, cycles, STARTED));
    }

    /** Users / Get user, Users / Create user, Health: a folder and a top-level request. */
    static SampleRun users(int cycles) {
        return new SampleRun("""
                {"info": {"name": "Users API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": [
                   {"name": "Users", "item": [
                     {"name": "Get user", "request": {"method": "GET", "url": "http://127.0.0.1:5055/users/1"}},
                     {"name": "Create user", "request": {"method": "POST", "url": "http://127.0.0.1:5055/users",
                      "body": {"mode": "raw", "raw": "{\\"name\\":\\"Ann\\"}", "options": {"raw": {"language": "json"}}}}}
                   ]},
                   {"name": "Health", "request": {"method": "GET", "url": "http://127.0.0.1:5055/health"}}
                 ]}
                """, cycles);
    }

    void iteration(int iteration) {
        events.add(new RunEvent.IterationStarted(new Cursor(0, iteration, length(), cycles, "it-" + iteration, null)));
    }

    void endIteration(int iteration) {
        events.add(new RunEvent.IterationFinished(new Cursor(length() - 1, iteration, length(), cycles, "it-" + iteration, null)));
    }

    ItemSteps item(int iteration, String name) {
        List<Item> items = collection.requestItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                Cursor c = new Cursor(i, iteration, length(), cycles, "ref-" + (++refs), "http-" + refs);
                events.add(new RunEvent.ItemStarted(c, items.get(i)));
                return new ItemSteps(c, items.get(i));
            }
        }
        throw new IllegalArgumentException("no item " + name);
    }

    RunSummary finish() {
        java.util.LongSummaryStatistics times = events.stream()
                .filter(e -> e instanceof RunEvent.RequestSent r && r.exchange().response() != null)
                .mapToLong(e -> ((RunEvent.RequestSent) e).exchange().response().responseTime()).summaryStatistics();
        RunTimings timings = times.getCount() == 0 ? new RunTimings(0, 0, 0, 0, STARTED, STARTED + 100)
                : new RunTimings(times.getAverage(), times.getMin(), times.getMax(), 0, STARTED,
                STARTED + times.getSum() + 100);
        RunSummary summary = SummaryFixture.summarize(events, collection, VariableScope.empty("environment"),
                VariableScope.empty("globals"), timings, null);
        events.add(new RunEvent.RunFinished(summary));
        return summary;
    }

    void replay(Consumer<RunEvent> listener) {
        events.forEach(listener);
    }

    private int length() {
        return collection.requestItems().size();
    }

    /** The steps of one item execution; each call adds its events. */
    final class ItemSteps {
        private final Cursor cursor;
        private final Item item;
        private int assertions;
        private boolean testScriptFailed;

        ItemSteps(Cursor cursor, Item item) {
            this.cursor = cursor;
            this.item = item;
        }

        ItemSteps respond(int code, String status, String contentType, String body, long ms) {
            return exchange(new Exchange(sent(item.request(), List.of()), response(code, status, contentType, body, ms), null));
        }

        ItemSteps sentWith(List<KeyValue> headers, int code, String status, String contentType, String body, long ms) {
            return exchange(new Exchange(sent(item.request(), headers), response(code, status, contentType, body, ms),
                    null));
        }

        ItemSteps refused() {
            return exchange(new Exchange(sent(item.request(), List.of()), null, new RequestError("ECONNREFUSED",
                    "connect ECONNREFUSED 127.0.0.1:5055", "connect", "127.0.0.1", 5055)));
        }

        ItemSteps exchange(Exchange exchange) {
            events.add(new RunEvent.RequestSent(cursor, item, exchange, false));
            return this;
        }

        ItemSteps scriptRequest(String url, int code, long ms) {
            Request r = new Request("GET", Url.parse(url), List.of(), null, null, null);
            events.add(new RunEvent.RequestSent(cursor, item, new Exchange(new Exchange.SentRequest(r, Set.of()),
                    response(code, "OK", "text/plain", "ok", ms), null), true));
            return this;
        }

        ItemSteps pass(String name) {
            events.add(new RunEvent.AssertionMade(cursor, item, new Assertion(name, assertions++, false, null)));
            return this;
        }

        ItemSteps skip(String name) {
            events.add(new RunEvent.AssertionMade(cursor, item, new Assertion(name, assertions++, true, null)));
            return this;
        }

        ItemSteps fail(String name, String message) {
            events.add(new RunEvent.AssertionMade(cursor, item, new Assertion(name, assertions++, false,
                    new ScriptError("AssertionError", message, "AssertionError: " + message))));
            return this;
        }

        ItemSteps console(String level, String... messages) {
            events.add(new RunEvent.ConsoleMessage(cursor, item, level, List.of(messages)));
            return this;
        }

        ItemSteps scriptError(String eventName, String name, String message) {
            events.add(new RunEvent.ScriptFinished(cursor, item, eventName, script, new ScriptError(name, message,
                    name + ": " + message)));
            if (eventName.equals("test")) testScriptFailed = true;
            return this;
        }

        /** Ends the item after its test script (one clean script unless {@link #scriptError} failed it). */
        void done() {
            if (!testScriptFailed) events.add(new RunEvent.ScriptFinished(cursor, item, "test", script, null));
            events.add(new RunEvent.PhaseFinished(cursor, item, "test"));
            events.add(new RunEvent.ItemFinished(cursor, item, false));
        }

        void skipped() {
            events.add(new RunEvent.ItemFinished(cursor, item, true));
        }
    }

    static Exchange.SentRequest sent(Request defined, List<KeyValue> extraHeaders) {
        List<KeyValue> headers = new ArrayList<>(defined.headers());
        headers.addAll(extraHeaders);
        headers.add(KeyValue.of("User-Agent", "PostmanRuntime/7.39.1"));
        Body body = defined.body();
        return new Exchange.SentRequest(new Request(defined.method(), defined.url(), headers, body, null, null),
                Set.of("User-Agent"));
    }

    static HttpResponse response(int code, String status, String contentType, String body, long ms) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new HttpResponse(code, status, List.of(KeyValue.of("Content-Type", contentType),
                KeyValue.of("Content-Length", Integer.toString(bytes.length))), bytes, ms, bytes.length, List.of());
    }
}
