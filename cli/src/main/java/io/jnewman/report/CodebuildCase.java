package io.jnewman.report;

/**
 * One testcase of the CodeBuild-safe JUnit layout: an assertion, a skipped assertion, or a request/script error of one
 * item execution. {@code order} keeps run order when failures are picked first; {@code attempts} is the --retry note
 * written as the case's system-out (null without retries).
 */
record CodebuildCase(long order, String suiteId, String name, double seconds, Outcome outcome, String type,
                     String message, String detail, String attempts) {
    enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    CodebuildCase(long order, String suiteId, String name, double seconds, Outcome outcome, String type,
                  String message, String detail) {
        this(order, suiteId, name, seconds, outcome, type, message, detail, null);
    }

    CodebuildCase withAttempts(String note) {
        return new CodebuildCase(order, suiteId, name, seconds, outcome, type, message, detail, note);
    }

    boolean problem() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }
}
