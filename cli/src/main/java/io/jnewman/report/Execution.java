package io.jnewman.report;

import io.jnewman.http.Exchange;
import io.jnewman.model.Item;
import io.jnewman.run.Cursor;
import io.jnewman.run.RunEvent;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of Newman's run.executions: what happened to one item execution (one cursor ref). Newman pushes the same
 * execution object once per HTTP request of the item (pm.sendRequest included), the last request's data winning;
 * {@link #requests()} says how many times it appears.
 */
public final class Execution {
    private final Item item;
    private Cursor cursor;
    private Exchange exchange;
    private int requests;
    private boolean lastFromScript;
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<ScriptError> testScriptErrors = new ArrayList<>();
    private final List<ScriptError> prerequestScriptErrors = new ArrayList<>();
    private int attempts = 1;
    private boolean flaky;
    private List<String> earlierFailures = List.of();

    Execution(Cursor cursor, Item item) {
        this.cursor = cursor;
        this.item = item;
    }

    void requestSent(Cursor at, Exchange sent, boolean fromScript) {
        cursor = at;
        exchange = sent;
        requests++;
        lastFromScript = fromScript;
    }

    void assertion(Assertion assertion) {
        assertions.add(assertion);
    }

    void scriptError(String eventName, ScriptError error) {
        ("prerequest".equals(eventName) ? prerequestScriptErrors : testScriptErrors).add(error);
    }

    /** --retry: this execution is the last of {@code count} attempts. */
    void retried(RunEvent.ItemRetried retried) {
        attempts = retried.attempts();
        flaky = retried.flaky();
        earlierFailures = retried.earlierFailures();
    }

    public Item item() { return item; }
    public Cursor cursor() { return cursor; }
    /** The last exchange (null when no request was sent). */
    public Exchange exchange() { return exchange; }
    public int requests() { return requests; }
    /**
     * The last request was a pm.sendRequest. Newman then stamps the execution with the id of the sendRequest's own
     * item, which its junit reporter trips over (see {@link JunitReporter}).
     */
    public boolean lastRequestFromScript() { return lastFromScript; }
    public List<Assertion> assertions() { return assertions; }
    public List<ScriptError> testScriptErrors() { return testScriptErrors; }
    public List<ScriptError> prerequestScriptErrors() { return prerequestScriptErrors; }
    /** How many times the item ran (1 without --retry); only the last attempt is in this execution. */
    public int attempts() { return attempts; }
    /** Failed, then passed on a retry. */
    public boolean flaky() { return flaky; }
    /** The first failure of each earlier attempt, "attempt 1: …". */
    public List<String> earlierFailures() { return earlierFailures; }

    /** One line for reports: "flaky: passed on attempt 2 of 3" or "failed 3 attempts" (null without retries). */
    public String attemptsNote() {
        if (attempts <= 1) return null;
        return flaky ? "flaky: passed on attempt " + attempts + " of " + attempts : "failed all " + attempts + " attempts";
    }

    /** {@link #attemptsNote()} followed by the earlier attempts' failures, "; " between them (null without retries). */
    public String attemptsDetail() {
        if (attempts <= 1) return null;
        List<String> parts = new ArrayList<>();
        parts.add(attemptsNote());
        parts.addAll(earlierFailures);
        return String.join("; ", parts);
    }

    /** Response time in ms, 0 without a response (Newman: {@code responseTime || 0}). */
    public long responseTime() {
        return exchange == null || exchange.response() == null ? 0 : exchange.response().responseTime();
    }

    public boolean requestFailed() {
        return exchange != null && exchange.failed();
    }
}
