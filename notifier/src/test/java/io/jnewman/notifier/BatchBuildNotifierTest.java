package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch build of shards (CodeBuild runs one build per shard; EventBridge sends a state change per shard build and
 * nothing for the batch itself): one Slack summary for the whole batch, once every shard ended.
 */
class BatchBuildNotifierTest {

    private static final String COLLECTION = "smoke.postman_collection.json";
    private static final String ACCOUNT = "arn:aws:codebuild:eu-west-1:123456789012:";
    private static final String BATCH_ID = "jnewman-smoke:5e1f0c2a-aaaa-bbbb-cccc-000000000001";
    private static final String BATCH_ARN = ACCOUNT + "build-batch/" + BATCH_ID;
    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    private final NotifierFixture fx = new NotifierFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private static String shard(int n) {
        return ACCOUNT + "build/jnewman-smoke:5e1f0c2a-shard-" + n;
    }

    private static String report(int n) {
        return ACCOUNT + "report/jnewman-smoke-junit:5e1f0c2a-report-" + n;
    }

    private static TestCase pass(String path, String name) {
        return new TestCase(COLLECTION, path, name, "SUCCEEDED", "");
    }

    private static TestCase fail(String path, String name, String message) {
        return new TestCase(COLLECTION, path, name, "FAILED", message);
    }

    /** Three shards: 1 has an identity failure, 2 passes, 3 has two payments failures; shard 3 ends last. */
    private void threeShards(String... statuses) {
        List<List<TestCase>> cases = List.of(
                List.of(pass("Health / Ping", "status is 200"), pass("Users / List", "ok"),
                        fail("Users / Get user", "has id", "expected undefined to be a number")),
                List.of(pass("Catalog / Items", "ok"), pass("Catalog / Item", "has price")),
                List.of(pass("Orders / List", "status is 200"),
                        fail("Orders / Create order", "status is 201", "expected 500 to equal 201"),
                        fail("Orders / Refund", "refund accepted", "expected false to be true")));
        for (int n = 1; n <= 3; n++) {
            fx.codeBuild.addBuild(shard(n), statuses[n - 1], "staging", START.plusSeconds(20),
                    START.plusSeconds(60L * n), List.of(report(n)));
            fx.codeBuild.addReport(report(n), cases.get(n - 1));
        }
        fx.codeBuild.addBatch(BATCH_ARN, false, "IN_PROGRESS", START, List.of(shard(1), shard(2), shard(3)));
    }

    private String ended(int n, String status) {
        fx.codeBuild.setStatus(shard(n), status);
        return fx.invoke(NotifierFixture.event(shard(n), status));
    }

    @Test
    void threeShardsPostOneSummaryWithMergedCountsAndOwnersWhenTheLastEnds() {
        threeShards("IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS");

        assertThat(ended(2, "SUCCEEDED")).isEqualTo("{\"outcome\":\"BATCH_RUNNING\"}");
        assertThat(ended(1, "FAILED")).isEqualTo("{\"outcome\":\"BATCH_RUNNING\"}");
        assertThat(fx.slack.requests()).isEmpty();
        assertThat(fx.dynamoDb.requests()).isEmpty();

        assertThat(ended(3, "FAILED")).isEqualTo("{\"outcome\":\"POSTED\"}");

        assertThat(fx.slack.posts()).hasSize(1);
        JsonNode blocks = fx.slack.lastBlocks();
        assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo("jnewman-smoke :x: FAILED: 3 of 8 failed");
        String text = blocks.toString() + fx.slack.posts().get(0).get("text");
        assertThat(text).contains("5/8 passed · 3 failed", "staging",
                "*payments* <!subteam^S0PAYMENTS1> — 2 failures", "*identity* <!subteam^S0IDENTITY1> — 1 failure",
                "*Orders / Create order* — status is 201", "*Users / Get user* — has id",
                "jnewman-smoke batch #7 of 3 builds · status FAILED",
                "/batch/" + BATCH_ID.replace(":", "%3A"), "Batch build",
                "5e1f0c2a-report-1", "5e1f0c2a-report-2", "5e1f0c2a-report-3")
                // from the batch's start to its last shard's end
                .contains("3m 0s");
        assertThat(text.indexOf("*payments*")).isLessThan(text.indexOf("*identity*"));
        // the claim is the batch's, and each shard's report was read whole
        assertThat(fx.dynamoDb.items()).containsOnlyKeys(BATCH_ARN);
        assertThat(fx.codeBuild.inputsOf("BatchGetBuildBatches"))
                .allSatisfy(input -> assertThat(input.path("ids").get(0).asText()).isEqualTo(BATCH_ID));
        List<String> described = new ArrayList<>();
        fx.codeBuild.inputsOf("DescribeTestCases").forEach(i -> described.add(i.path("reportArn").asText()));
        assertThat(described).containsExactlyInAnyOrder(report(1), report(2), report(3));
    }

    @Test
    void shardEventsDeliveredAgainOrTogetherPostOnce() {
        threeShards("FAILED", "SUCCEEDED", "FAILED");

        List<String> outcomes = new ArrayList<>();
        for (int n : new int[] {3, 1, 2, 3}) {
            outcomes.add(fx.invoke(NotifierFixture.event(shard(n), n == 2 ? "SUCCEEDED" : "FAILED")));
        }

        assertThat(outcomes).containsExactly("{\"outcome\":\"POSTED\"}", "{\"outcome\":\"DUPLICATE\"}",
                "{\"outcome\":\"DUPLICATE\"}", "{\"outcome\":\"DUPLICATE\"}");
        assertThat(fx.slack.posts()).hasSize(1);
    }

    @Test
    void aShardStillWaitingForABuildKeepsTheBatchRunningEvenWhenTheStartedOnesEnded() {
        fx.codeBuild.addBuild(shard(1), "SUCCEEDED", "staging", START, START.plusSeconds(30), List.of(report(1)));
        fx.codeBuild.addReport(report(1), List.of(pass("Health / Ping", "ok")));
        fx.codeBuild.addBatch(BATCH_ARN, false, "IN_PROGRESS", START, Arrays.asList(shard(1), null));

        assertThat(fx.invoke(NotifierFixture.event(shard(1), "SUCCEEDED"))).contains("BATCH_RUNNING");
        assertThat(fx.slack.requests()).isEmpty();
    }

    @Test
    void aBatchCodeBuildMarkedCompletePostsEvenIfAShardNeverStarted() {
        fx.codeBuild.addBuild(shard(1), "SUCCEEDED", "staging", START, START.plusSeconds(30), List.of(report(1)));
        fx.codeBuild.addReport(report(1), List.of(pass("Health / Ping", "ok")));
        fx.codeBuild.addBatch(BATCH_ARN, true, "STOPPED", START, Arrays.asList(shard(1), null));

        assertThat(fx.invoke(NotifierFixture.event(shard(1), "SUCCEEDED"))).contains("POSTED");
        assertThat(fx.slack.lastBlocks().get(0).path("text").path("text").asText())
                .isEqualTo("jnewman-smoke :white_check_mark: passed: 1/1");
    }

    @Test
    void theWorstShardStatusIsTheBatchStatus() {
        BuildRun ok = run("SUCCEEDED");
        assertThat(batch(ok, run("STOPPED")).status()).isEqualTo("STOPPED");
        assertThat(batch(ok, run("STOPPED"), run("TIMED_OUT")).status()).isEqualTo("FAILED");
        assertThat(batch(ok, run("FAULT")).status()).isEqualTo("FAILED");
        assertThat(batch(ok, ok).status()).isEqualTo("SUCCEEDED");
        assertThat(batch(ok, run("IN_PROGRESS")).finished()).isFalse();
        assertThat(batch().finished()).as("no shard build yet").isFalse();
    }

    private static BuildRun run(String status) {
        return new BuildRun(shard(1), "jnewman-smoke", 1L, status, Optional.empty(), START, START, List.of());
    }

    private static BatchRun batch(BuildRun... builds) {
        return new BatchRun(BATCH_ARN, "jnewman-smoke", 7L, "IN_PROGRESS", false, START, null, true, List.of(builds));
    }
}
