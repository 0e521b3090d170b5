package io.jnewman.run;

import io.jnewman.http.Exchange;

import java.util.List;

/**
 * Whether one attempt of an item failed, judged from its events the way the run summary counts failures: a request
 * error (pm.sendRequest included), a script error or a failed assertion.
 */
final class AttemptFailure {
    private AttemptFailure() {
    }

    /** The first failure among the attempt's events as one line, or null when the attempt passed. */
    static String firstIn(List<RunEvent> events) {
        for (RunEvent event : events) {
            String failure = describe(event);
            if (failure != null) return failure;
        }
        return null;
    }

    private static String describe(RunEvent event) {
        return switch (event) {
            case RunEvent.RequestSent r when r.exchange().failed() -> "request error: " + message(r.exchange());
            case RunEvent.ScriptFinished s when s.error() != null ->
                    s.error().name() + " in " + s.eventName() + "-script: " + s.error().message();
            case RunEvent.AssertionMade a when a.assertion().error() != null ->
                    "assertion \"" + a.assertion().name() + "\" failed: " + a.assertion().error().message();
            default -> null;
        };
    }

    private static String message(Exchange exchange) {
        return exchange.error().message();
    }
}
