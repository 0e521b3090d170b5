package io.jnewman.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.notifier.fakes.FakeCodeDeploy.HookStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/** The CodeDeploy lifecycle-hook gate against loopback CodeDeploy and CodeBuild. */
class GateHandlerTest {

    private static final Duration LAMBDA_TIMEOUT = Duration.ofMinutes(15);

    private final GateFixture fx = new GateFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private String deploy(String deploymentId, String hookId) {
        fx.codeDeploy.addDeployment(deploymentId, "shop", "shop-production");
        return fx.invoke(GateFixture.hookEvent(deploymentId, hookId), LAMBDA_TIMEOUT);
    }

    @Test
    void passFailFailPassReportsSucceededFailedFailedSucceeded() {
        fx.codeBuild.nextBuild("IN_PROGRESS", "SUCCEEDED")
                .nextBuild("IN_PROGRESS", "FAILED")
                .nextBuild("FAILED")
                .nextBuild("IN_PROGRESS", "IN_PROGRESS", "SUCCEEDED");

        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            outcomes.add(deploy("d-PROD0000" + i, "hook-" + i));
        }

        assertThat(fx.codeDeploy.hookStatuses()).containsExactly(
                new HookStatus("d-PROD00001", "hook-1", "Succeeded"),
                new HookStatus("d-PROD00002", "hook-2", "Failed"),
                new HookStatus("d-PROD00003", "hook-3", "Failed"),
                new HookStatus("d-PROD00004", "hook-4", "Succeeded"));
        assertThat(outcomes.get(1)).contains("\"outcome\":\"Failed\"", "build jnewman-smoke:run-2 FAILED");
        assertThat(fx.codeBuild.operations()).filteredOn("StartBuild"::equals).hasSize(4);
    }

    @Test
    void startsTheProjectForTheDeploymentsStageAndWaitsWithDoublingPolls() {
        fx.codeBuild.nextBuild("IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "SUCCEEDED");

        assertThat(deploy("d-PROD00001", "hook-1")).contains("\"outcome\":\"Succeeded\"");

        JsonNode start = fx.codeBuild.inputsOf("StartBuild").get(0);
        assertThat(start.path("projectName").asText()).isEqualTo("jnewman-smoke");
        assertThat(start.path("idempotencyToken").asText()).isEqualTo("hook-1");
        assertThat(start.path("timeoutInMinutesOverride").asInt()).isEqualTo(15); // 14.5 minutes left, rounded up
        assertThat(start.path("environmentVariablesOverride").toString()).contains(
                "{\"name\":\"STAGE\",\"value\":\"production\",\"type\":\"PLAINTEXT\"}",
                "{\"name\":\"DEPLOYMENT_ID\",\"value\":\"d-PROD00001\",\"type\":\"PLAINTEXT\"}",
                "{\"name\":\"JNEWMAN_GATE\",\"value\":\"true\",\"type\":\"PLAINTEXT\"}");
        assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aBuildStillRunningAtTheDeadlineIsStoppedAndTheHookFailsWithinTheBudget() {
        fx.codeBuild.nextBuild("IN_PROGRESS");
        fx.codeDeploy.addDeployment("d-SLOW00001", "shop", "shop-production");

        String outcome = fx.invoke(GateFixture.hookEvent("d-SLOW00001", "hook-slow"), Duration.ofSeconds(100));

        assertThat(outcome).contains("\"outcome\":\"Failed\"", "did not finish in time");
        assertThat(fx.codeBuild.operations()).endsWith("StopBuild");
        assertThat(fx.codeDeploy.hookStatuses()).containsExactly(new HookStatus("d-SLOW00001", "hook-slow", "Failed"));
        // 100 s left less the 30 s reserve: after waits of 10, 20 and 30 s the last one is cut to end at 70 s
        assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofSeconds(10));
        assertThat(Duration.between(GateFixture.T0, fx.now)).isEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void aBuildThatCannotStartFailsTheHook() {
        fx.codeBuild.failNextStart("AccountLimitExceededException", "Cannot have more than 1 builds in queue");

        assertThat(deploy("d-PROD00001", "hook-1")).contains("\"outcome\":\"Failed\"", "cannot start jnewman-smoke");

        assertThat(fx.codeDeploy.hookStatuses()).extracting(HookStatus::status).containsExactly("Failed");
        assertThat(fx.codeBuild.operations()).containsExactly("StartBuild");
        assertThat(fx.sleeps).isEmpty();
    }

    @Test
    void aStoppedOrTimedOutBuildFailsTheHook() {
        fx.codeBuild.nextBuild("IN_PROGRESS", "STOPPED").nextBuild("TIMED_OUT");

        deploy("d-PROD00001", "hook-1");
        deploy("d-PROD00002", "hook-2");

        assertThat(fx.codeDeploy.hookStatuses()).extracting(HookStatus::status).containsExactly("Failed", "Failed");
    }

    @Test
    void aDeploymentGroupWithoutStageFailsTheHookWithoutABuild() {
        fx.codeDeploy.addDeployment("d-OTHER0001", "shop", "shop-canary");

        assertThat(fx.invoke(GateFixture.hookEvent("d-OTHER0001", "hook-x"), LAMBDA_TIMEOUT))
                .contains("no stage is configured for shop/shop-canary");

        assertThat(fx.codeDeploy.hookStatuses()).extracting(HookStatus::status).containsExactly("Failed");
        assertThat(fx.codeBuild.requests()).isEmpty();
    }

    @Test
    void aPayloadThatIsNoHookEventIsRejectedWithoutReporting() {
        assertThat(fx.invoke("{\"detail-type\":\"CodeBuild Build State Change\"}", LAMBDA_TIMEOUT))
                .isEqualTo("{\"outcome\":\"REJECTED\"}");
        assertThat(fx.invoke("not json", LAMBDA_TIMEOUT)).isEqualTo("{\"outcome\":\"REJECTED\"}");

        assertThat(fx.codeDeploy.requests()).isEmpty();
        assertThat(fx.codeBuild.requests()).isEmpty();
    }

    @Test
    void aVerdictCodeDeployDidNotTakeIsThrownAndTheRetryReusesTheBuild() {
        fx.codeBuild.nextBuild("IN_PROGRESS", "SUCCEEDED");
        fx.codeDeploy.addDeployment("d-PROD00001", "shop", "shop-production");
        fx.codeDeploy.failNextReport(400);
        String event = GateFixture.hookEvent("d-PROD00001", "hook-1");

        assertThatThrownBy(() -> fx.invoke(event, LAMBDA_TIMEOUT)).isInstanceOf(SdkException.class);
        assertThat(fx.invoke(event, LAMBDA_TIMEOUT)).contains("\"outcome\":\"Succeeded\"", "jnewman-smoke:run-1");

        assertThat(fx.codeDeploy.hookStatuses()).containsExactly(new HookStatus("d-PROD00001", "hook-1", "Succeeded"));
    }
}
