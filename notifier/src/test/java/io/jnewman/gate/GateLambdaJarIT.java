package io.jnewman.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.notifier.fakes.FakeCodeBuildRuns;
import io.jnewman.notifier.fakes.FakeCodeDeploy;
import io.jnewman.notifier.fakes.FakeCodeDeploy.HookStatus;
import io.jnewman.notifier.fakes.LambdaJarProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gate jar Terraform deploys, run in its own JVM configured only by environment variables (AWS_ENDPOINT_URL_*
 * point the SDK at loopback fakes): proves the slimmed shading kept everything the gate needs.
 */
class GateLambdaJarIT {

    @Test
    void deployedGateJarReportsTheVerdictOfTheBuildItStarted() throws Exception {
        Path jar = Path.of(System.getProperty("gate.jar", "target/jnewman-gate-lambda.jar"));
        assertThat(jar).exists();
        try (FakeCodeDeploy codeDeploy = new FakeCodeDeploy(); FakeCodeBuildRuns codeBuild = new FakeCodeBuildRuns()) {
            codeDeploy.addDeployment("d-JAR000001", "shop", "shop-staging");
            codeBuild.nextBuild("IN_PROGRESS", "SUCCEEDED");

            LambdaJarProcess.Result run = LambdaJarProcess.run(jar, GateLambdaInvoker.class, Map.of(
                    "AWS_ENDPOINT_URL_CODEBUILD", codeBuild.uri().toString(),
                    "AWS_ENDPOINT_URL_CODEDEPLOY", codeDeploy.uri().toString(),
                    "PROJECT_NAME", "jnewman-smoke",
                    "DEPLOYMENT_STAGES", "{\"shop/shop-staging\":\"staging\"}",
                    "FIRST_POLL_SECONDS", "1",
                    "LONGEST_POLL_SECONDS", "1"), GateFixture.hookEvent("d-JAR000001", "hook-jar"));
            assertThat(run.finished()).isTrue();

            assertThat(run.out()).as("stderr: %s", run.err()).contains("\"outcome\":\"Succeeded\"");
            assertThat(codeDeploy.hookStatuses()).containsExactly(new HookStatus("d-JAR000001", "hook-jar", "Succeeded"));
            assertThat(codeBuild.inputsOf("StartBuild").get(0).path("environmentVariablesOverride").toString())
                    .contains("\"value\":\"staging\"");
        }
    }
}
