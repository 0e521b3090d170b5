package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CodeDeploy's GetDeployment and PutLifecycleEventHookExecutionStatus over the AWS JSON 1.1 protocol: deployments a
 * test adds, and the hook statuses the gate reports, in order. A test can make the next status reports fail.
 */
public final class FakeCodeDeploy extends AwsJsonFake {

    /** A reported verdict. */
    public record HookStatus(String deploymentId, String hookExecutionId, String status) {
    }

    private final Map<String, String[]> deployments = new ConcurrentHashMap<>();
    private final List<HookStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<Integer> failingReports = new ArrayDeque<>();

    public FakeCodeDeploy() {
        super("application/x-amz-json-1.1");
    }

    public void addDeployment(String deploymentId, String application, String deploymentGroup) {
        deployments.put(deploymentId, new String[] {application, deploymentGroup});
    }

    /** The next status report is answered with this HTTP status (a throttling or server error). */
    public synchronized void failNextReport(int status) {
        failingReports.add(status);
    }

    public List<HookStatus> hookStatuses() {
        return List.copyOf(statuses);
    }

    @Override
    protected synchronized Reply handle(String operation, JsonNode input) {
        String deploymentId = input.path("deploymentId").asText();
        String[] deployment = deployments.get(deploymentId);
        if (deployment == null) {
            return error(400, "DeploymentDoesNotExistException", "The deployment " + deploymentId + " could not be found.");
        }
        return switch (operation) {
            case "GetDeployment" -> {
                var out = JSON.createObjectNode();
                out.putObject("deploymentInfo").put("deploymentId", deploymentId).put("applicationName", deployment[0])
                        .put("deploymentGroupName", deployment[1]).put("status", "InProgress");
                yield ok(out);
            }
            case "PutLifecycleEventHookExecutionStatus" -> {
                Integer failure = failingReports.poll();
                if (failure != null) {
                    yield error(failure, "ThrottlingException", "Rate exceeded");
                }
                String hook = input.path("lifecycleEventHookExecutionId").asText();
                statuses.add(new HookStatus(deploymentId, hook, input.path("status").asText()));
                yield ok(JSON.createObjectNode().put("lifecycleEventHookExecutionId", hook));
            }
            default -> error(400, "InvalidOperationException", "unknown operation " + operation);
        };
    }
}
