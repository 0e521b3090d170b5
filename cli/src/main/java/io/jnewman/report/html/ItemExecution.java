package io.jnewman.report.html;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.model.Item;
import io.jnewman.model.KeyValue;
import io.jnewman.report.FileSize;
import io.jnewman.report.ItemNames;
import io.jnewman.report.PrettyMs;
import io.jnewman.run.Cursor;
import io.jnewman.run.RunEvent;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One item execution while it runs: its main exchange, assertions, script errors, console lines and pm.sendRequest
 * calls. The exchange is held only until the item finishes; {@link #toView} then keeps what the report shows, bodies
 * only when asked to.
 */
final class ItemExecution {
    private final Cursor cursor;
    private final Item item;
    private Exchange exchange;
    private final List<AssertionView> assertions = new ArrayList<>();
    private final List<ErrorView> errors = new ArrayList<>();
    private final List<ConsoleLine> console = new ArrayList<>();
    private final List<ScriptRequestView> scriptRequests = new ArrayList<>();
    private boolean failedAssertion;
    private RunEvent.ItemRetried retried;

    ItemExecution(Cursor cursor, Item item) {
        this.cursor = cursor;
        this.item = item;
    }

    Cursor cursor() {
        return cursor;
    }

    Item item() {
        return item;
    }

    void requestSent(Exchange sent, boolean fromScript) {
        if (!fromScript) {
            exchange = sent;
            return;
        }
        HttpResponse r = sent.response();
        scriptRequests.add(new ScriptRequestView(sent.request().request().method(),
                sent.request().request().url().toString(), status(sent),
                r == null ? "" : PrettyMs.format(r.responseTime())));
    }

    /** --retry: this is the last of several attempts. */
    void retried(RunEvent.ItemRetried attempts) {
        retried = attempts;
    }

    boolean flaky() {
        return retried != null && retried.flaky();
    }

    void assertion(Assertion a) {
        Outcome outcome = a.skipped() ? Outcome.SKIPPED : a.passed() ? Outcome.PASSED : Outcome.FAILED;
        if (outcome == Outcome.FAILED) failedAssertion = true;
        assertions.add(new AssertionView(a.name(), outcome, a.error() == null ? null
                : a.error().name() + ": " + a.error().message()));
    }

    void scriptError(String eventName, ScriptError error) {
        errors.add(new ErrorView("prerequest".equals(eventName) ? "prerequest-script" : "test-script", error.name(),
                error.message()));
    }

    void console(String level, List<String> messages) {
        console.add(new ConsoleLine(level, String.join(" ", messages)));
    }

    boolean failed() {
        return failedAssertion || !errors.isEmpty() || (exchange != null && exchange.failed());
    }

    /**
     * @param keepBodies  show the bodies (failed request, or all bodies asked for)
     * @param owner       the item's owner label, or null
     */
    RequestView toView(String anchor, boolean skipped, boolean keepBodies, String owner, BodyFormatter bodies,
                       BodyBudget budget) {
        Outcome outcome = skipped ? Outcome.SKIPPED : failed() ? Outcome.FAILED : Outcome.PASSED;
        List<ErrorView> allErrors = new ArrayList<>(errors);
        if (exchange != null && exchange.failed()) {
            allErrors.add(new ErrorView("request", exchange.error().code(), exchange.error().message()));
        }
        var request = exchange != null ? exchange.request().request() : item.request();
        Set<String> system = exchange != null ? exchange.request().systemHeaders() : Set.of();
        HttpResponse response = exchange == null ? null : exchange.response();
        String notKept = "Not kept for passing requests; --reporter-html-show-all-bodies keeps every body.";
        BodyView requestBody = exchange == null ? BodyView.none(null)
                : keepBodies
                ? budget.keep(() -> RequestBodyText.format(request.body(), request.header("Content-Type"), bodies))
                : BodyView.none(notKept);
        BodyView responseBody = response == null ? BodyView.none(null)
                : keepBodies ? budget.keep(() -> responseBody(response, bodies))
                : BodyView.none(notKept);
        return new RequestView(anchor, cursor.iteration() + 1, ItemNames.fullName(item), request.method(),
                request.url().toString(), outcome, skipped ? "skipped" : exchange == null ? "not sent" : status(exchange),
                response == null ? 0 : response.responseTime(),
                response == null ? "" : PrettyMs.format(response.responseTime()),
                response == null ? "" : FileSize.format(response.responseSize()), owner,
                headers(request.headers(), system), requestBody,
                response == null ? List.of() : headers(response.headers(), Set.of()), responseBody,
                List.copyOf(assertions), List.copyOf(allErrors), List.copyOf(console), List.copyOf(scriptRequests),
                retried == null ? null : retried.flaky()
                        ? "flaky: passed on attempt " + retried.attempts() + " of " + retried.attempts()
                        : "failed all " + retried.attempts() + " attempts",
                retried == null ? List.of() : retried.earlierFailures());
    }

    private static BodyView responseBody(HttpResponse r, BodyFormatter bodies) {
        String type = r.header("Content-Type");
        boolean binary = BinaryBody.isBinary(type, r.body());
        return bodies.format(binary ? null : r.text(), type, r.body().length, binary);
    }

    private static List<HeaderLine> headers(List<KeyValue> headers, Set<String> system) {
        List<HeaderLine> lines = new ArrayList<>();
        for (KeyValue h : headers) {
            if (h.disabled()) continue;
            boolean added = system.stream().anyMatch(s -> s.equalsIgnoreCase(h.key()));
            lines.add(new HeaderLine(h.key(), h.value() == null ? "" : h.value(), added));
        }
        return lines;
    }

    private static String status(Exchange e) {
        if (e.failed()) return e.error().code() == null ? "error" : e.error().code();
        HttpResponse r = e.response();
        return r.status() == null || r.status().isEmpty() ? Integer.toString(r.code()) : r.code() + " " + r.status();
    }
}
