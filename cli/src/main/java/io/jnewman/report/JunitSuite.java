package io.jnewman.report;

import io.jnewman.model.Item;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item's testsuite in Newman's JUnit layout, aggregated over its executions exactly as the junit reporter does:
 * {@code tests} is the last execution's assertion count, {@code failures} and {@code errors} are summed, a passing
 * assertion erases the earlier failures of its testcase, and the testcase time is the last execution's. Only these
 * aggregates are kept, never responses.
 */
final class JunitSuite {
    /** The failures of one testcase since it last passed; the first one's message and stack are reported. */
    static final class Testcase {
        int failed;
        String message;
        String stack;

        void passed() {
            failed = 0;
            message = null;
            stack = null;
        }

        void failed(ScriptError error) {
            if (failed == 0) {
                message = error.message();
                stack = error.stack();
            }
            failed++;
        }
    }

    final Item item;
    int tests;
    int failures;
    int errors;
    double timeSum;
    int executions;
    double lastTime;
    StringBuilder systemErr;
    /** --retry: "iteration 1: flaky: passed on attempt 2 of 3" per retried execution (beyond Newman). */
    final List<String> attemptNotes = new ArrayList<>();
    final Map<String, Testcase> testcases = new LinkedHashMap<>();

    JunitSuite(Item item) {
        this.item = item;
    }

    void add(Execution execution) {
        boolean errored = false;
        StringBuilder msg = new StringBuilder("Iteration: ").append(execution.cursor().iteration()).append('\n');
        if (execution.requestFailed()) {
            errors++;
            errored = true;
            msg.append("RequestError: Error: ").append(execution.exchange().error().message()).append('\n');
        }
        msg.append("\n---\n");
        for (ScriptError e : execution.testScriptErrors()) {
            errors++;
            errored = true;
            msg.append("testScriptError: ").append(e.message()).append("\n---\n");
        }
        for (ScriptError e : execution.prerequestScriptErrors()) {
            errors++;
            errored = true;
            msg.append("prerequestScriptError: ").append(e.message()).append("\n---\n");
        }
        if (errored) {
            if (systemErr == null) systemErr = new StringBuilder();
            systemErr.append(msg);
        }
        for (Assertion a : execution.assertions()) {
            Testcase tc = testcases.computeIfAbsent(a.name(), n -> new Testcase());
            if (a.error() != null) {
                failures++;
                tc.failed(a.error());
            } else {
                tc.passed();
            }
        }
        if (execution.attemptsDetail() != null) {
            attemptNotes.add("iteration " + (execution.cursor().iteration() + 1) + ": " + execution.attemptsDetail());
        }
        tests = execution.assertions().size();
        lastTime = execution.responseTime() / 1000.0;
        timeSum += lastTime;
        executions++;
    }

    double meanTime() {
        return executions == 0 ? 0 : timeSum / executions;
    }
}
