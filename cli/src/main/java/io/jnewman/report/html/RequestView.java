package io.jnewman.report.html;

import java.util.List;

/**
 * One request item execution as the report shows it. {@code anchor} is unique in the page; {@code status} is
 * "200 OK", the request error's code, or "skipped"; {@code owner} is null when unknown; {@code attempts} is the
 * --retry note ("flaky: passed on attempt 2 of 2") and {@code earlierAttempts} the failures of the attempts before,
 * null and empty without retries.
 */
public record RequestView(String anchor, int iteration, String name, String method, String url, Outcome outcome,
                          String status, long responseMs, String time, String size, String owner,
                          List<HeaderLine> requestHeaders, BodyView requestBody,
                          List<HeaderLine> responseHeaders, BodyView responseBody,
                          List<AssertionView> assertions, List<ErrorView> errors, List<ConsoleLine> console,
                          List<ScriptRequestView> scriptRequests, String attempts, List<String> earlierAttempts) {
    public boolean flaky() {
        return attempts != null && outcome == Outcome.PASSED;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
