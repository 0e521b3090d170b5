package io.jnewman.notifier;

import static io.jnewman.notifier.NotifierFixture.BUILD_ARN;
import static io.jnewman.notifier.NotifierFixture.REPORT_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The handler end to end against loopback CodeBuild, DynamoDB, Secrets Manager and Slack. */
class NotifierHandlerTest {

    private static final String COLLECTION = "smoke.postman_collection.json";
    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
    private static final Instant END = Instant.parse("2026-11-23T15:04:12Z");

    private final NotifierFixture fx = new NotifierFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private static TestCase pass(String path, String name) {
        return new TestCase(COLLECTION, path, name, "SUCCEEDED", "");
    }

    private static TestCase fail(String path, String name, String message) {
        return new TestCase(COLLECTION, path, name, "FAILED", message);
    }

    private void build(String status, List<TestCase> cases) {
        fx.codeBuild.addBuild(BUILD_ARN, status, "staging", START, END, List.of(REPORT_ARN));
        fx.codeBuild.addReport(REPORT_ARN, cases);
    }

    private String allText() {
        return fx.slack.lastBlocks().toString() + fx.slack.posts().get(fx.slack.posts().size() - 1).get("text");
    }

    @Test
    void allPassingBuildPostsCountsEnvironmentTimeDurationAndReportLink() {
        build("SUCCEEDED", List.of(pass("Health / Ping", "status is 200"), pass("Users / Get user", "has id")));

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "SUCCEEDED"))).isEqualTo("{\"outcome\":\"POSTED\"}");

        assertThat(fx.slack.posts()).hasSize(1);
        Map<String, String> post = fx.slack.posts().get(0);
        assertThat(post.get("channel")).isEqualTo(NotifierFixture.CHANNEL);
        assertThat(fx.slack.requests().get(0).header("Authorization")).isEqualTo("Bearer " + NotifierFixture.TOKEN);
        JsonNode blocks = fx.slack.lastBlocks();
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
        assertThat(blocks.get(0).path("text").path("text").asText())
                .isEqualTo("jnewman-smoke :white_check_mark: passed: 2/2");
        String text = allText();
        assertThat(text).contains("2/2 passed · 0 failed", "staging", "4m 12s",
                "<!date^" + END.getEpochSecond() + "^", "2026-11-23 15:04 UTC",
                "testReports/reports/jnewman-smoke-junit%3A0a1b2c3d-1111-2222-3333-444455556666")
                .doesNotContain("<!subteam^", "failure");
    }

    @Test
    void failuresOwnedByTwoTeamsMentionBothAndListTheFailingTests() {
        build("FAILED", List.of(
                pass("Health / Ping", "status is 200"),
                fail("Users / Get user", "has id", "expected undefined to be a number"),
                fail("Orders / Create order", "status is 201 [iteration 2]", "expected 500 to equal 201"),
                fail("Orders / Refund", "refund accepted", "expected false to be true"),
                pass("Orders / List", "status is 200")));

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("POSTED");

        String text = allText();
        assertThat(text).contains("2/5 passed · 3 failed", "staging", "2026-11-23 15:04 UTC",
                "*payments* <!subteam^S0PAYMENTS1> — 2 failures",
                "*identity* <!subteam^S0IDENTITY1> — 1 failure",
                "*Orders / Create order* — status is 201 [iteration 2]", "expected 500 to equal 201",
                "*Orders / Refund* — refund accepted", "*Users / Get user* — has id");
        assertThat(text.indexOf("*payments*")).isLessThan(text.indexOf("*identity*"));
        assertThat(fx.slack.lastBlocks().get(0).path("text").path("text").asText())
                .isEqualTo("jnewman-smoke :x: FAILED: 3 of 5 failed");
    }

    @Test
    void reportPagedOverSeveralDescribeTestCasesPagesIsReadWhole() {
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cases.add(i == 249 ? fail("Users / Get user", "case " + i, "boom") : pass("Health / Ping", "case " + i));
        }
        build("FAILED", cases);
        fx.codeBuild.pageSize(100);

        fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"));

        List<JsonNode> pages = fx.codeBuild.inputsOf("DescribeTestCases");
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).has("nextToken")).isFalse();
        assertThat(pages.get(1).path("nextToken").asText()).isEqualTo("100");
        assertThat(pages.get(2).path("nextToken").asText()).isEqualTo("200");
        assertThat(allText()).contains("249/250 passed · 1 failed", "case 249");
    }

    @Test
    void buildWithoutReportPostsNoTestReportMessage() {
        fx.codeBuild.addBuild(BUILD_ARN, "FAILED", "staging", START, END, List.of());

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("POSTED");

        assertThat(fx.codeBuild.operations()).containsExactly("BatchGetBuilds");
        assertThat(fx.slack.lastBlocks().get(0).path("text").path("text").asText())
                .isEqualTo("jnewman-smoke :x: FAILED: no test report");
        assertThat(allText()).contains("*No test report.*", "Build log", "no test report", "staging");
    }

    @Test
    void slackRateLimitIsRetriedAfterTheTimeSlackAsks() {
        build("SUCCEEDED", List.of(pass("Health / Ping", "ok")));
        fx.slack.thenReply(429, Map.of("Retry-After", "3", "Content-Type", "application/json"),
                "{\"ok\":false,\"error\":\"ratelimited\"}");

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "SUCCEEDED"))).contains("POSTED");

        assertThat(fx.slack.requests()).hasSize(2);
        assertThat(fx.waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void slackServerErrorsAreRetriedWithGrowingBackoff() {
        build("SUCCEEDED", List.of(pass("Health / Ping", "ok")));
        fx.slack.thenReply(503, Map.of(), "").thenReply(502, Map.of(), "");

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "SUCCEEDED"))).contains("POSTED");

        assertThat(fx.slack.requests()).hasSize(3);
        assertThat(fx.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void duplicateInvocationPostsOnce() {
        build("FAILED", List.of(fail("Users / Get user", "has id", "boom")));
        String event = NotifierFixture.event(BUILD_ARN, "FAILED");

        assertThat(fx.invoke(event)).contains("POSTED");
        assertThat(fx.invoke(event)).isEqualTo("{\"outcome\":\"DUPLICATE\"}");

        assertThat(fx.slack.posts()).hasSize(1);
        assertThat(fx.dynamoDb.items()).containsOnlyKeys(BUILD_ARN);
        assertThat(fx.dynamoDb.items().get(BUILD_ARN).path("slackTs").path("S").asText()).isEqualTo("1700000000.1");
        assertThat(fx.dynamoDb.operations()).containsExactly("PutItem", "UpdateItem", "PutItem");
    }

    @Test
    void invocationStillPostingElsewhereIsNotJoined() {
        build("FAILED", List.of(fail("Users / Get user", "has id", "boom")));
        long now = Instant.now().getEpochSecond();
        fx.dynamoDb.seed(claim(now - 60));

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("DUPLICATE");
        assertThat(fx.slack.requests()).isEmpty();
    }

    @Test
    void claimAbandonedByAKilledInvocationIsTakenOver() {
        build("FAILED", List.of(fail("Users / Get user", "has id", "boom")));
        long now = Instant.now().getEpochSecond();
        fx.dynamoDb.seed(claim(now - PostedBuilds.ABANDONED_AFTER.toSeconds() - 60));

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("POSTED");
        assertThat(fx.slack.posts()).hasSize(1);
    }

    @Test
    void postedBuildIsNeverTakenOver() {
        build("FAILED", List.of(fail("Users / Get user", "has id", "boom")));
        long longAgo = Instant.now().getEpochSecond() - PostedBuilds.ABANDONED_AFTER.toSeconds() - 60;
        ObjectNode item = claim(longAgo);
        item.putObject("postedAt").put("N", Long.toString(longAgo));
        fx.dynamoDb.seed(item);

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("DUPLICATE");
        assertThat(fx.slack.requests()).isEmpty();
    }

    private static ObjectNode claim(long claimedAt) {
        ObjectNode item = new ObjectMapper().createObjectNode();
        item.putObject("buildArn").put("S", BUILD_ARN);
        item.putObject("claimedAt").put("N", Long.toString(claimedAt));
        return item;
    }

    @Test
    void failedPostReleasesTheClaimSoTheRetriedInvocationPosts() {
        build("SUCCEEDED", List.of(pass("Health / Ping", "ok")));
        fx.slack.thenReply(400, Map.of(), "bad request");
        String event = NotifierFixture.event(BUILD_ARN, "SUCCEEDED");

        assertThatThrownBy(() -> fx.invoke(event)).isInstanceOf(SlackPostException.class)
                .hasMessage("Slack answered HTTP 400 to chat.postMessage after 1 attempt");
        assertThat(fx.dynamoDb.items()).isEmpty();

        assertThat(fx.invoke(event)).contains("POSTED");
        assertThat(fx.slack.requests()).hasSize(2);
    }

    @Test
    void malformedEventIsRejectedWithoutCallingAnything() {
        assertThat(fx.invoke("{not json")).isEqualTo("{\"outcome\":\"REJECTED\"}");
        assertThat(fx.invoke("{\"source\":\"aws.codedeploy\",\"detail-type\":\"x\"}")).contains("REJECTED");
        assertThat(fx.invoke("[]")).contains("REJECTED");

        assertThat(fx.codeBuild.requests()).isEmpty();
        assertThat(fx.dynamoDb.requests()).isEmpty();
        assertThat(fx.slack.requests()).isEmpty();
    }

    @Test
    void buildStillRunningIsNotPosted() {
        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "IN_PROGRESS"))).contains("NOT_FINISHED");
        assertThat(fx.slack.requests()).isEmpty();
        assertThat(fx.dynamoDb.requests()).isEmpty();
    }
}
