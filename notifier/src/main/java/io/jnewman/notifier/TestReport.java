package io.jnewman.notifier;

import java.util.List;

/** A CodeBuild test report with all of its test cases. */
public record TestReport(String arn, List<TestCase> cases) {

    public TestReport {
        cases = List.copyOf(cases);
    }
}
