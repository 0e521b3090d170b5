package io.jnewman.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariableType;
import software.amazon.awssdk.services.codebuild.model.StatusType;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentInfo;
import software.amazon.awssdk.services.codedeploy.model.LifecycleEventStatus;

/**
 * Decides a CodeDeploy lifecycle hook with a collection run: finds the deployment's stage, starts the CodeBuild
 * project for it (STAGE, DEPLOYMENT_ID and the gate flag as build variables), waits for the build within the
 * deadline and reports Succeeded only for a SUCCEEDED build. Anything else — failed tests, a build that cannot start,
 * an unknown deployment group, running out of time — reports Failed: a gate that cannot show the deployment is good
 * must not let it through. Only a failure to report the verdict is thrown, so that Lambda retries the invocation.
 */
public final class DeploymentGate {

    private static final Logger LOG = Logger.getLogger(DeploymentGate.class.getName());

    /** Build variable marking gate runs, so reports and dashboards can tell them from post-deploy runs. */
    static final String GATE_VARIABLE = "JNEWMAN_GATE";
    /** CodeBuild's shortest build timeout. */
    static final long MIN_BUILD_MINUTES = 5;

    private final CodeDeployClient codeDeploy;
    private final CodeBuildClient codeBuild;
    private final GateConfig config;
    private final GateClock clock;
    private final BuildWatch watch;

    public DeploymentGate(CodeDeployClient codeDeploy, CodeBuildClient codeBuild, GateConfig config, GateClock clock) {
        this.codeDeploy = codeDeploy;
        this.codeBuild = codeBuild;
        this.config = config;
        this.clock = clock;
        this.watch = new BuildWatch(codeBuild, clock, config.firstPoll(), config.longestPoll());
    }

    /** Decides the hook and reports the verdict to CodeDeploy. */
    public GateDecision run(HookEvent event, Instant deadline) {
        GateDecision decision = decide(event, deadline);
        LOG.info(() -> "deployment " + event.deploymentId() + ": " + (decision.passed() ? "Succeeded" : "Failed")
                + " (" + decision.reason() + ")");
        codeDeploy.putLifecycleEventHookExecutionStatus(r -> r.deploymentId(event.deploymentId())
                .lifecycleEventHookExecutionId(event.hookExecutionId())
                .status(decision.passed() ? LifecycleEventStatus.SUCCEEDED : LifecycleEventStatus.FAILED));
        return decision;
    }

    GateDecision decide(HookEvent event, Instant deadline) {
        String stage;
        try {
            DeploymentInfo deployment = codeDeploy.getDeployment(r -> r.deploymentId(event.deploymentId()))
                    .deploymentInfo();
            Optional<String> configured = config.stageOf(deployment.applicationName(),
                    deployment.deploymentGroupName());
            if (configured.isEmpty()) {
                return GateDecision.failed("no stage is configured for " + deployment.applicationName() + "/"
                        + deployment.deploymentGroupName());
            }
            stage = configured.get();
        } catch (SdkException e) {
            return GateDecision.failed("cannot read deployment " + event.deploymentId() + ": " + e.getMessage());
        }

        Build build;
        try {
            build = codeBuild.startBuild(r -> r.projectName(config.projectName())
                    // a retried invocation of the same hook gets the same build instead of a second one
                    .idempotencyToken(event.hookExecutionId())
                    .timeoutInMinutesOverride((int) buildMinutes(deadline))
                    .environmentVariablesOverride(
                            variable("STAGE", stage),
                            variable("DEPLOYMENT_ID", event.deploymentId()),
                            variable(GATE_VARIABLE, "true"))).build();
        } catch (SdkException e) {
            return GateDecision.failed("cannot start " + config.projectName() + ": " + e.getMessage());
        }

        Optional<String> buildId = Optional.of(build.id());
        try {
            Optional<StatusType> status = watch.awaitEnd(build.id(), deadline);
            if (status.isEmpty()) {
                stop(build.id());
                return new GateDecision(false, "build " + build.id() + " did not finish in time; stopped it", buildId);
            }
            boolean passed = status.get() == StatusType.SUCCEEDED;
            return new GateDecision(passed, "build " + build.id() + " " + status.get(), buildId);
        } catch (SdkException | IllegalStateException e) {
            return new GateDecision(false, "cannot follow build " + build.id() + ": " + e.getMessage(), buildId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GateDecision(false, "interrupted waiting for build " + build.id(), buildId);
        }
    }

    /** The build's own timeout: the time left until the deadline, rounded up, at least CodeBuild's minimum. */
    private long buildMinutes(Instant deadline) {
        long seconds = Math.max(0, Duration.between(clock.now(), deadline).toSeconds());
        return Math.max(MIN_BUILD_MINUTES, (seconds + 59) / 60);
    }

    private void stop(String buildId) {
        try {
            codeBuild.stopBuild(r -> r.id(buildId));
        } catch (SdkException e) {
            LOG.warning("could not stop build " + buildId + ": " + e.getMessage());
        }
    }

    private static EnvironmentVariable variable(String name, String value) {
        return EnvironmentVariable.builder().name(name).value(value).type(EnvironmentVariableType.PLAINTEXT).build();
    }
}
