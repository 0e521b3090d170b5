package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLinksTest {

    @Test
    void buildLinkPointsAtTheBuildInItsRegionAndAccount() {
        assertThat(ConsoleLinks.build("arn:aws:codebuild:eu-west-1:123456789012:build/smoke:abc-1"))
                .isEqualTo("https://eu-west-1.console.aws.amazon.com/codesuite/codebuild/123456789012"
                        + "/projects/smoke/build/smoke%3Aabc-1/?region=eu-west-1");
    }

    @Test
    void reportLinkPointsAtTheTestReport() {
        assertThat(ConsoleLinks.report("arn:aws:codebuild:us-east-1:123456789012:report/smoke-junit:def-2"))
                .isEqualTo("https://us-east-1.console.aws.amazon.com/codesuite/codebuild/123456789012"
                        + "/testReports/reports/smoke-junit%3Adef-2?region=us-east-1");
    }
}
