package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jnewman.monitor.PagerDutyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled monitor builds through the handler: CodeBuild, DynamoDB, Secrets Manager, Slack and PagerDuty are all
 * loopback fakes. A build is a monitor run when its JNEWMAN_MONITOR variable is true (the schedule rule sets it).
 */
class MonitorBuildsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T16:00:00Z");
    private static final String SMOKE = "smoke.postman_collection.json";
    private static final String DEDUP_KEY = "jnewman/production/" + SMOKE;

    private final NotifierFixture fx = new NotifierFixture();
    private int builds;

    @AfterEach
    void close() {
        fx.close();
    }

    /** Adds the next five-minutely monitor build of the smoke collection and returns its ARN. */
    private String monitorBuild(boolean passing) {
        int n = ++builds;
        String buildArn = "arn:aws:codebuild:eu-west-1:123456789012:build/jnewman-smoke:monitor-" + n;
        String reportArn = "arn:aws:codebuild:eu-west-1:123456789012:report/jnewman-smoke-junit:monitor-" + n;
        Instant start = T0.plusSeconds(300L * n);
        fx.codeBuild.addBuild(buildArn, passing ? "SUCCEEDED" : "FAILED", "production", start, start.plusSeconds(40),
                List.of(reportArn));
        fx.codeBuild.setVariable(buildArn, "JNEWMAN_MONITOR", "true");
        fx.codeBuild.addReport(reportArn, List.of(
                new TestCase(SMOKE, "Health / Service health", "status is 200", "SUCCEEDED", ""),
                new TestCase(SMOKE, "Orders / Create order", "status is 201", passing ? "SUCCEEDED" : "FAILED",
                        passing ? "" : "expected response to have status code 201 but got 500")));
        return buildArn;
    }

    private String deliver(String buildArn) {
        return fx.invoke(NotifierFixture.event(buildArn, "FAILED"));
    }

    @Test
    void passFailFailPassTriggersOnceResolvesOnceAndPostsTwoMessages() {
        List<String> outcomes = new ArrayList<>();
        for (boolean passing : new boolean[] {true, false, false, true}) {
            outcomes.add(deliver(monitorBuild(passing)));
        }

        assertThat(outcomes).containsExactly("{\"outcome\":\"MONITOR_STEADY\"}",
                "{\"outcome\":\"MONITOR_STATE_CHANGED\"}", "{\"outcome\":\"MONITOR_STEADY\"}",
                "{\"outcome\":\"MONITOR_STATE_CHANGED\"}");
        assertThat(fx.pagerDuty.events("trigger")).singleElement().satisfies(trigger -> {
            assertThat(trigger.path("routing_key").asText()).isEqualTo(NotifierFixture.ROUTING_KEY);
            assertThat(trigger.path("dedup_key").asText()).isEqualTo(DEDUP_KEY);
            assertThat(trigger.at("/payload/summary").asText())
                    .isEqualTo(SMOKE + " is failing on production: 1 of 2 tests failed");
            assertThat(trigger.at("/links/0/href").asText()).contains("monitor-2");
        });
        assertThat(fx.pagerDuty.events("resolve")).singleElement()
                .satisfies(resolve -> assertThat(resolve.path("dedup_key").asText()).isEqualTo(DEDUP_KEY));
        assertThat(fx.pagerDuty.events()).hasSize(2);

        assertThat(fx.slack.posts()).hasSize(2);
        assertThat(fx.slack.posts().get(0).get("text")).startsWith(":red_circle: Failing: monitor of `" + SMOKE
                + "` on production — 1 of 2 tests failed");
        assertThat(fx.slack.posts().get(0).get("blocks")).contains("subteam^S0PAYMENTS1", "status is 201");
        assertThat(fx.slack.posts().get(1).get("text")).startsWith(":large_green_circle: Recovered: monitor of `"
                + SMOKE + "` on production — 2 of 2 passed");
        assertThat(fx.dynamoDb.items(NotifierFixture.MONITOR_TABLE).get(DEDUP_KEY).path("health").path("S").asText())
                .isEqualTo("PASSING");
    }

    @Test
    void aRedeliveredFailingRunDoesNotPageOrPostAgain() {
        deliver(monitorBuild(true));
        String failing = monitorBuild(false);
        deliver(failing);

        assertThat(deliver(failing)).contains("DUPLICATE");
        assertThat(fx.pagerDuty.events()).hasSize(1);
        assertThat(fx.slack.posts()).hasSize(1);
    }

    @Test
    void aMonitorBuildWithoutReportPagesForTheBuildAndRecoversWithTheNextReport() {
        String broken = "arn:aws:codebuild:eu-west-1:123456789012:build/jnewman-smoke:monitor-crashed";
        fx.codeBuild.addBuild(broken, "FAILED", "production", T0, T0.plusSeconds(20), List.of());
        fx.codeBuild.setVariable(broken, "JNEWMAN_MONITOR", "true");

        assertThat(deliver(broken)).contains("MONITOR_STATE_CHANGED");
        assertThat(fx.pagerDuty.events("trigger")).singleElement().satisfies(t -> {
            assertThat(t.path("dedup_key").asText()).isEqualTo("jnewman/production/build jnewman-smoke");
            assertThat(t.at("/payload/summary").asText()).endsWith(": no test report");
        });

        deliver(monitorBuild(true));
        assertThat(fx.pagerDuty.events("resolve")).singleElement()
                .satisfies(r -> assertThat(r.path("dedup_key").asText()).isEqualTo("jnewman/production/build jnewman-smoke"));
        assertThat(fx.slack.posts()).hasSize(2);
    }

    @Test
    void whenPagerDutyRejectsTheTriggerTheRetriedInvocationPagesAndPostsOnce() {
        deliver(monitorBuild(true));
        String failing = monitorBuild(false);
        fx.pagerDuty.thenAnswer(400);

        assertThatThrownBy(() -> deliver(failing)).isInstanceOf(PagerDutyException.class);
        assertThat(fx.slack.posts()).isEmpty();

        assertThat(deliver(failing)).contains("MONITOR_STATE_CHANGED");
        assertThat(fx.pagerDuty.events("trigger")).hasSize(1);
        assertThat(fx.slack.posts()).hasSize(1);
    }

    @Test
    void aBuildWithoutTheMonitorFlagIsSummarisedAsBefore() {
        monitorBuild(false); // files the report monitor-1, which this deployment build shares
        String plain = "arn:aws:codebuild:eu-west-1:123456789012:build/jnewman-smoke:deploy-1";
        fx.codeBuild.addBuild(plain, "FAILED", "production", T0, T0.plusSeconds(30), List.of(
                "arn:aws:codebuild:eu-west-1:123456789012:report/jnewman-smoke-junit:monitor-1"));

        assertThat(deliver(plain)).contains("POSTED");
        assertThat(fx.pagerDuty.requestCount()).isZero();
        assertThat(fx.slack.lastBlocks().toString()).contains("1/2 passed · 1 failed");
    }
}
