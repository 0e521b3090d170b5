package io.jnewman.run;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpExecutor;
import io.jnewman.http.RequestOptions;
import io.jnewman.http.RunCookieJar;
import io.jnewman.model.Auth;
import io.jnewman.model.Event;
import io.jnewman.model.Item;
import io.jnewman.model.Request;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptCall;
import io.jnewman.script.ScriptError;
import io.jnewman.script.ScriptInfo;
import io.jnewman.script.ScriptObserver;
import io.jnewman.script.ScriptResult;
import io.jnewman.script.ScriptSandbox;
import io.jnewman.script.ScriptServices;

import java.util.List;
import java.util.UUID;

/**
 * Runs one item the way postman-runtime's item command does: delay, pre-request scripts (collection → folders →
 * item), the request, test scripts, publishing an event at each step. Errors never stop the item: a pre-request
 * error still sends the request and a request error still runs the tests, unless --bail asks otherwise.
 */
final class ItemRun implements ItemRunner {
    /** What the loop needs after an item: the setNextRequest target (null if not called) and whether to bail. */
    record Outcome(ScriptResult.NextRequest nextRequest, boolean bail) {
    }

    private record PhaseResult(Request request, ScriptResult.NextRequest next, boolean skip, boolean failed) {
    }

    private final RunScopes scopes;
    private final RunOptions options;
    private final HttpExecutor http;
    private final ScriptSandbox sandbox;
    private final RunListener publish;
    private final long deadline;

    ItemRun(RunScopes scopes, RunOptions options, HttpExecutor http, ScriptSandbox sandbox, RunListener publish,
            long deadline) {
        this.scopes = scopes;
        this.options = options;
        this.http = http;
        this.sandbox = sandbox;
        this.publish = publish;
        this.deadline = deadline;
    }

    @Override
    public Outcome run(Item item, Cursor cursor, int cycles) {
        publish.on(new RunEvent.ItemStarted(cursor, item));
        delay();
        ScriptInfo info = new ScriptInfo(cursor.iteration(), cycles);

        PhaseResult pre = runPhase(Event.PREREQUEST, item, cursor, item.request(), null, info);
        ScriptResult.NextRequest next = pre.next();
        publish.on(new RunEvent.PhaseFinished(cursor, item, Event.PREREQUEST));
        if (pre.skip()) {
            publish.on(new RunEvent.ItemFinished(cursor, item, true));
            return new Outcome(next, false);
        }
        if (bail(pre.failed())) return closeAndBail(cursor, item, next);

        Exchange exchange = send(item, pre.request(), cursor);
        if (bail(exchange.failed())) return closeAndBail(cursor, item, next);

        PhaseResult test = runPhase(Event.TEST, item, cursor, exchange.request().request(), exchange, info);
        if (test.next() != null) next = test.next();
        publish.on(new RunEvent.PhaseFinished(cursor, item, Event.TEST));
        publish.on(new RunEvent.ItemFinished(cursor, item, false));
        return new Outcome(next, bail(test.failed()));
    }

    private boolean bail(boolean failed) {
        if (failed && options.bailOnError()) throw new RunAbortedException("bailing out on error");
        return failed && options.bailOnFailure();
    }

    private Outcome closeAndBail(Cursor cursor, Item item, ScriptResult.NextRequest next) {
        publish.on(new RunEvent.ItemFinished(cursor, item, false));
        return new Outcome(next, true);
    }

    private Exchange send(Item item, Request current, Cursor cursor) {
        Request resolved = RequestResolution.resolve(current, scopes.resolver());
        Auth auth = RequestResolution.effectiveAuth(item, current, scopes.resolver());
        RequestOptions requestOptions = new RequestOptions(item.effectiveProtocolProfileBehavior(), requestTimeout(),
                options.workingDir(), options.insecureFileRead());
        Exchange exchange = http.execute(resolved, auth, requestOptions, warning -> consoleWarn(cursor, item, warning));
        // Newman reports each attempt of an auth replay (digest, NTLM) as a request of its own
        for (Exchange attempt : exchange.replayed()) {
            publish.on(new RunEvent.RequestSent(cursor.withHttpRequestId(UUID.randomUUID().toString()), item, attempt, false));
        }
        publish.on(new RunEvent.RequestSent(cursor.withHttpRequestId(UUID.randomUUID().toString()), item, exchange, false));
        return exchange;
    }

    private long requestTimeout() {
        return withinDeadline(options.timeoutRequest());
    }

    /** A per-request or per-script limit folded with the time left of --timeout, as Newman does (0 = none). */
    private long withinDeadline(long own) {
        long remaining = deadline == Long.MAX_VALUE ? 0 : Math.max(1, deadline - System.currentTimeMillis());
        if (own <= 0) return remaining;
        return remaining == 0 ? own : Math.min(own, remaining);
    }

    private void consoleWarn(Cursor cursor, Item item, String warning) {
        publish.on(new RunEvent.ConsoleMessage(cursor, item, "warn", List.of(warning)));
    }

    private PhaseResult runPhase(String eventName, Item item, Cursor cursor, Request request,
                                 Exchange exchange, ScriptInfo info) {
        Request current = request;
        ScriptResult.NextRequest next = null;
        boolean failed = false;
        for (Event event : item.listeners(eventName)) {
            PhaseObserver observer = new PhaseObserver(cursor, item);
            ScriptCall call = new ScriptCall(eventName, event.script(), item, current, exchange, scopes.forScripts(),
                    info, scriptTimeout(), new RunScriptServices(item, cursor));
            ScriptResult result = sandbox.execute(call, observer);
            ScriptError error = result.error();
            if (error == null && observer.firstFailed != null && options.bailOnFailure()) {
                // with --bail, postman-runtime turns the failed assertion into a script error of its own
                error = new ScriptError("AssertionFailure", observer.firstFailed, "AssertionFailure: " + observer.firstFailed);
            }
            publish.on(new RunEvent.ScriptFinished(cursor, item, eventName, event.script(), error));
            if (result.request() != null) current = result.request();
            if (result.nextRequest() != null) {
                next = result.nextRequest();
                if (Event.TEST.equals(eventName)) {
                    publish.on(new RunEvent.NextRequestSet(cursor, item, next.target()));
                }
            }
            boolean scriptFailed = result.error() != null || observer.assertionFailed;
            failed |= scriptFailed;
            if (result.skipRequest() && Event.PREREQUEST.equals(eventName)) {
                return new PhaseResult(current, next, true, failed);
            }
            if (scriptFailed && (options.bailOnFailure() || (options.bailOnError() && result.error() != null))) break;
        }
        return new PhaseResult(current, next, false, failed);
    }

    private long scriptTimeout() {
        return withinDeadline(options.timeoutScript());
    }

    private void delay() {
        pause(options.delayRequest());
    }

    /** Sleeps for --delay-request / --delay-iteration; an interrupt ends the pause early. */
    static void pause(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Streams a script's assertions and console lines as run events. */
    private final class PhaseObserver implements ScriptObserver {
        private final Cursor cursor;
        private final Item item;
        private boolean assertionFailed;
        private String firstFailed;

        PhaseObserver(Cursor cursor, Item item) {
            this.cursor = cursor;
            this.item = item;
        }

        @Override
        public void assertion(Assertion assertion) {
            if (assertion.error() != null) {
                if (!assertionFailed) firstFailed = assertion.name();
                assertionFailed = true;
            }
            publish.on(new RunEvent.AssertionMade(cursor, item, assertion));
        }

        @Override
        public void console(String level, List<String> messages) {
            publish.on(new RunEvent.ConsoleMessage(cursor, item, level, messages));
        }
    }

    /** pm.sendRequest goes through the run's HTTP executor and is reported like any request. */
    private final class RunScriptServices implements ScriptServices {
        private final Item item;
        private final Cursor cursor;

        RunScriptServices(Item item, Cursor cursor) {
            this.item = item;
            this.cursor = cursor;
        }

        @Override
        public Exchange sendRequest(Request request) {
            RequestOptions requestOptions = new RequestOptions(java.util.Map.of(
                    "disableBodyPruning", com.fasterxml.jackson.databind.node.BooleanNode.TRUE), requestTimeout(),
                    options.workingDir(), options.insecureFileRead());
            Exchange exchange = http.execute(request, request.auth(), requestOptions, w -> consoleWarn(cursor, item, w));
            publish.on(new RunEvent.RequestSent(cursor.withHttpRequestId(UUID.randomUUID().toString()), item, exchange, true));
            return exchange;
        }

        @Override
        public RunCookieJar cookieJar() {
            return http.cookies();
        }
    }
}
