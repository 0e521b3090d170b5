package io.jnewman.gate;

/**
 * What CodeDeploy passes a lifecycle-hook Lambda (AfterAllowTestTraffic, AfterAllowTraffic, …): the deployment and
 * the id of this hook's execution, which the verdict must quote.
 */
public record HookEvent(String deploymentId, String hookExecutionId) {
}
