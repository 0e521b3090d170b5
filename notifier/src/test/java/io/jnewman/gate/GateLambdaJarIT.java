package io.jnewman.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.notifier.fakes.FakeCodeBuildRuns;
import io.jnewman.notifier.fakes.FakeCodeDeploy;
import io.jnewman.notifier.fakes.FakeCodeDeploy.HookStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

            ProcessBuilder lambda = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", jar + File.pathSeparator + Path.of("target", "test-classes"),
                    GateLambdaInvoker.class.getName());
            Map<String, String> env = lambda.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_"));
            env.putAll(Map.of(
                    "AWS_REGION", "eu-west-1",
                    "AWS_ACCESS_KEY_ID", "AKIDTEST",
                    "AWS_SECRET_ACCESS_KEY", "secret-test",
                    "AWS_ENDPOINT_URL_CODEBUILD", codeBuild.uri().toString(),
                    "AWS_ENDPOINT_URL_CODEDEPLOY", codeDeploy.uri().toString(),
                    "PROJECT_NAME", "jnewman-smoke",
                    "DEPLOYMENT_STAGES", "{\"shop/shop-staging\":\"staging\"}",
                    "FIRST_POLL_SECONDS", "1",
                    "LONGEST_POLL_SECONDS", "1"));
            Path log = Files.createTempFile("gate", ".log");
            Process process = lambda.redirectError(log.toFile()).start();
            process.getOutputStream().write(GateFixture.hookEvent("d-JAR000001", "hook-jar")
                    .getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(out).as("stderr: %s", Files.readString(log)).contains("\"outcome\":\"Succeeded\"");
            assertThat(codeDeploy.hookStatuses()).containsExactly(new HookStatus("d-JAR000001", "hook-jar", "Succeeded"));
            assertThat(codeBuild.inputsOf("StartBuild").get(0).path("environmentVariablesOverride").toString())
                    .contains("\"value\":\"staging\"");
            Files.deleteIfExists(log);
        }
    }
}
