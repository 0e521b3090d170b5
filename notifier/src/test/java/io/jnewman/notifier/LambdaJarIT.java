package io.jnewman.notifier;

import static io.jnewman.notifier.NotifierFixture.BUILD_ARN;
import static io.jnewman.notifier.NotifierFixture.REPORT_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.notifier.fakes.FakeCodeBuild;
import io.jnewman.notifier.fakes.FakeDynamoDb;
import io.jnewman.notifier.fakes.FakeSecretsManager;
import io.jnewman.notifier.fakes.FakeSlack;
import io.jnewman.notifier.fakes.LambdaJarProcess;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar Terraform deploys, run in its own JVM the way the Lambda runtime runs it: configured only through
 * environment variables (the SDK's AWS_ENDPOINT_URL_* point its clients at loopback fakes), it reads the build's
 * report and posts to Slack. Catches what unit tests cannot: shading, service loading, the no-argument constructor.
 */
class LambdaJarIT {

    @Test
    void deployedJarPostsTheSummaryOfABuildEvent() throws Exception {
        Path jar = Path.of(System.getProperty("lambda.jar", "target/jnewman-notifier-lambda.jar"));
        assertThat(jar).exists();
        try (FakeCodeBuild codeBuild = new FakeCodeBuild();
             FakeDynamoDb dynamoDb = new FakeDynamoDb("posted", PostedBuilds.KEY);
             FakeSecretsManager secrets = new FakeSecretsManager(Map.of("slack-secret", "xoxb-from-secret"));
             FakeSlack slack = new FakeSlack()) {
            codeBuild.addBuild(BUILD_ARN, "FAILED", "staging", Instant.parse("2026-11-23T15:00:00Z"),
                    Instant.parse("2026-11-23T15:01:00Z"), List.of(REPORT_ARN));
            codeBuild.addReport(REPORT_ARN, List.of(
                    new TestCase("smoke.postman_collection.json", "Orders / Create order", "status is 201",
                            "FAILED", "expected 500 to equal 201"),
                    new TestCase("smoke.postman_collection.json", "Health / Ping", "status is 200", "SUCCEEDED", "")));

            LambdaJarProcess.Result run = LambdaJarProcess.run(jar, LambdaInvoker.class, Map.of(
                    "AWS_ENDPOINT_URL_CODEBUILD", codeBuild.uri().toString(),
                    "AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.uri().toString(),
                    "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.uri().toString(),
                    "SLACK_API_URL", slack.apiUrl(),
                    "SLACK_CHANNEL", "C0JAR",
                    "SLACK_TOKEN_SECRET_ARN", "slack-secret",
                    "DEDUP_TABLE", "posted"), NotifierFixture.event(BUILD_ARN, "FAILED"));
            assertThat(run.finished()).isTrue();

            assertThat(run.out()).as("stderr: %s", run.err()).isEqualTo("{\"outcome\":\"POSTED\"}");
            assertThat(slack.posts()).hasSize(1);
            assertThat(slack.posts().get(0).get("channel")).isEqualTo("C0JAR");
            assertThat(slack.requests().get(0).header("Authorization")).isEqualTo("Bearer xoxb-from-secret");
            assertThat(slack.lastBlocks().toString())
                    .contains("1/2 passed · 1 failed", "*payments* <!subteam^S0PAYMENTS1>", "status is 201");
            assertThat(dynamoDb.items()).containsOnlyKeys(BUILD_ARN);
        }
    }
}
