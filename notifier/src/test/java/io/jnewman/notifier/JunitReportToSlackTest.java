package io.jnewman.notifier;

import static io.jnewman.notifier.NotifierFixture.BUILD_ARN;
import static io.jnewman.notifier.NotifierFixture.REPORT_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.notifier.fakes.CodeBuildJunitImport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A JUnit file in the CodeBuild-safe shape, filed into a (fake) report group the way CodeBuild parses it, comes out
 * as a Slack message naming both owning teams with their failing tests.
 */
class JunitReportToSlackTest {

    private final NotifierFixture fx = new NotifierFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void codeBuildReportOfAJunitFileIsSummarisedPerOwner() throws Exception {
        List<TestCase> cases = CodeBuildJunitImport.read(Path.of("src/test/resources/junit/smoke-codebuild.xml"));
        assertThat(cases).hasSize(7);
        assertThat(cases.get(0)).isEqualTo(new TestCase("smoke.postman_collection.json", "Orders / Create order",
                "status is 201 [iteration 2]", "FAILED",
                "expected response to have status code 201 but got 500\n"
                        + "AssertionError: expected response to have status code 201 but got 500"));
        fx.codeBuild.addBuild(BUILD_ARN, "FAILED", "prod", Instant.parse("2026-11-23T15:00:00Z"),
                Instant.parse("2026-11-23T15:02:05Z"), List.of(REPORT_ARN));
        fx.codeBuild.addReport(REPORT_ARN, cases);

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("POSTED");

        String message = fx.slack.lastBlocks().toString();
        assertThat(message).contains(
                "2/7 passed · 4 failed · 1 skipped", "prod", "2m 5s", "2026-11-23 15:02 UTC",
                "*payments* <!subteam^S0PAYMENTS1> — 2 failures",
                "*Orders / Create order* — status is 201 [iteration 2]",
                "*Orders / Refund* — refund accepted",
                "*identity* <!subteam^S0IDENTITY1> — 2 failures",
                "*Users / Get user* — has id", "request (error)", "connect ECONNREFUSED 127.0.0.1:9");
    }
}
