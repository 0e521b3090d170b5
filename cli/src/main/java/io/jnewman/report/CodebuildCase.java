package io.jnewman.report;

/**
 * One testcase of the CodeBuild-safe JUnit layout: an assertion, a skipped assertion, or a request/script error of one
 * item execution. {@code order} keeps run order when failures are picked first.
 */
record CodebuildCase(long order, String suiteId, String name, double seconds, Outcome outcome, String type,
                     String message, String detail) {
    enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    boolean problem() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }
}
