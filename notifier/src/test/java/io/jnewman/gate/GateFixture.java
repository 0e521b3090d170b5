package io.jnewman.gate;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.jnewman.notifier.fakes.FakeCodeBuildRuns;
import io.jnewman.notifier.fakes.FakeCodeDeploy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * The gate handler wired to loopback fakes of CodeDeploy and CodeBuild with SDK v2 clients built the real way, and a
 * clock that advances when the gate sleeps, so waits of minutes take no time and are recorded.
 */
final class GateFixture implements AutoCloseable {

    static final String PROJECT = "jnewman-smoke";
    static final Instant T0 = Instant.parse("2026-11-23T16:30:00Z");

    final FakeCodeDeploy codeDeploy = new FakeCodeDeploy();
    final FakeCodeBuildRuns codeBuild = new FakeCodeBuildRuns();
    final List<Duration> sleeps = new ArrayList<>();
    Instant now = T0;

    private final CodeDeployClient codeDeployClient = CodeDeployClient.builder()
            .endpointOverride(codeDeploy.uri()).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(NO_SDK_RETRIES).build();
    private final CodeBuildClient codeBuildClient = CodeBuildClient.builder()
            .endpointOverride(codeBuild.uri()).region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(NO_SDK_RETRIES).build();

    final GateHandler handler = new GateHandler(
            new GateConfig(PROJECT, Map.of("shop/shop-production", "production", "shop/shop-staging", "staging"),
                    Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30)),
            codeDeployClient, codeBuildClient, new GateClock() {
                @Override
                public Instant now() {
                    return now;
                }

                @Override
                public void sleep(Duration duration) {
                    sleeps.add(duration);
                    now = now.plus(duration);
                }
            });

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret-test"));
    private static final ClientOverrideConfiguration NO_SDK_RETRIES =
            ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build();

    static String hookEvent(String deploymentId, String hookExecutionId) {
        return "{\"DeploymentId\":\"" + deploymentId + "\",\"LifecycleEventHookExecutionId\":\"" + hookExecutionId
                + "\"}";
    }

    /** Invokes the handler as the Lambda runtime would, with this much time left before the function's timeout. */
    String invoke(String payload, Duration remaining) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out,
                    new RemainingTime(remaining));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        codeDeployClient.close();
        codeBuildClient.close();
        codeDeploy.close();
        codeBuild.close();
    }

    /** A Lambda context that answers only what the gate asks: the time left. */
    private record RemainingTime(Duration remaining) implements Context {
        @Override
        public int getRemainingTimeInMillis() {
            return (int) remaining.toMillis();
        }

        @Override
        public String getAwsRequestId() {
            return "test-request";
        }

        @Override
        public String getLogGroupName() {
            return null;
        }

        @Override
        public String getLogStreamName() {
            return null;
        }

        @Override
        public String getFunctionName() {
            return "jnewman-smoke-gate";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return null;
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 512;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
