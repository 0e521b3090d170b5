package io.jnewman.notifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.monitor.fakes.FakePagerDuty;
import io.jnewman.notifier.fakes.FakeCodeBuild;
import io.jnewman.notifier.fakes.FakeDynamoDb;
import io.jnewman.notifier.fakes.FakeSecretsManager;
import io.jnewman.notifier.fakes.FakeSlack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Lambda handler wired to loopback fakes of CodeBuild, DynamoDB, Secrets Manager and Slack, with SDK v2 clients
 * built the real way (endpoint override, static credentials, region); waits between Slack retries are recorded.
 */
final class NotifierFixture implements AutoCloseable {

    static final String BUILD_ARN =
            "arn:aws:codebuild:eu-west-1:123456789012:build/jnewman-smoke:8745a7a9-c340-456a-9166-edf953571bef";
    static final String REPORT_ARN =
            "arn:aws:codebuild:eu-west-1:123456789012:report/jnewman-smoke-junit:0a1b2c3d-1111-2222-3333-444455556666";
    static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:jnewman/slack-bot-AbCdEf";
    static final String TOKEN = "xoxb-test-token";
    static final String CHANNEL = "C0SMOKE";
    static final String TABLE = "jnewman-notifier-posted-builds";
    static final String MONITOR_TABLE = "jnewman-monitor-state";
    static final String ROUTING_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:jnewman/pagerduty-XyZ";
    static final String ROUTING_KEY = "R0UTING0KEY0FROM0SECRET0000000000";

    final FakeCodeBuild codeBuild = new FakeCodeBuild();
    final FakeDynamoDb dynamoDb = new FakeDynamoDb(TABLE, PostedBuilds.KEY)
            .addTable(MONITOR_TABLE, DynamoDbMonitorStates.KEY);
    final FakeSecretsManager secrets = new FakeSecretsManager(Map.of(SECRET_ARN, TOKEN,
            ROUTING_SECRET_ARN, "{\"routing_key\":\"" + ROUTING_KEY + "\"}"));
    final FakeSlack slack = new FakeSlack();
    final FakePagerDuty pagerDuty = newPagerDuty();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    private final CodeBuildClient codeBuildClient = CodeBuildClient.builder()
            .endpointOverride(codeBuild.uri()).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(NO_SDK_RETRIES).build();
    private final DynamoDbClient dynamoDbClient = DynamoDbClient.builder()
            .endpointOverride(dynamoDb.uri()).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(NO_SDK_RETRIES).build();
    private final SecretsManagerClient secretsClient = SecretsManagerClient.builder()
            .endpointOverride(secrets.uri()).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(NO_SDK_RETRIES).build();

    final NotifierHandler handler = new NotifierHandler(NotifierAssembly.assemble(
            new NotifierConfig(CHANNEL, SECRET_ARN, TABLE, "STAGE", Optional.of(slack.apiUrl()), "JNEWMAN_MONITOR",
                    Optional.of(new MonitorConfig(MONITOR_TABLE, ROUTING_SECRET_ARN, pagerDuty.endpoint()))),
            codeBuildClient, dynamoDbClient, secretsClient, waits::add));

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret-test"));
    private static final ClientOverrideConfiguration NO_SDK_RETRIES =
            ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build();

    private static FakePagerDuty newPagerDuty() {
        try {
            return new FakePagerDuty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample event, for the given build ARN and status. */
    static String event(String buildArn, String status) {
        try (InputStream in = NotifierFixture.class.getResourceAsStream("/build-state-change.json")) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode event = (ObjectNode) json.readTree(in);
            ObjectNode detail = (ObjectNode) event.get("detail");
            detail.put("build-id", buildArn).put("build-status", status);
            event.putArray("resources").add(buildArn);
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Invokes the handler as the Lambda runtime would and returns its outcome JSON. */
    String invoke(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    URI slackUri() {
        return slack.uri();
    }

    @Override
    public void close() {
        codeBuildClient.close();
        dynamoDbClient.close();
        secretsClient.close();
        codeBuild.close();
        dynamoDb.close();
        secrets.close();
        slack.close();
        pagerDuty.close();
    }
}
