package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CodeBuild's StartBuild, BatchGetBuilds and StopBuild over the AWS JSON 1.1 protocol, for builds a test scripts: each
 * started build answers successive BatchGetBuilds with the next status of its script, the last one repeating. Like
 * the real service, a StartBuild repeating an idempotency token returns the build it already started.
 */
public final class FakeCodeBuildRuns extends AwsJsonFake {

    private final Deque<List<String>> scripts = new ArrayDeque<>();
    private final Deque<String[]> startErrors = new ArrayDeque<>();
    private final Map<String, Deque<String>> running = new ConcurrentHashMap<>();
    private final Map<String, String> byToken = new ConcurrentHashMap<>();
    private int started;

    public FakeCodeBuildRuns() {
        super("application/x-amz-json-1.1");
    }

    /** The next started build reports these statuses, one per BatchGetBuilds, e.g. IN_PROGRESS, SUCCEEDED. */
    public synchronized FakeCodeBuildRuns nextBuild(String... statuses) {
        scripts.add(List.of(statuses));
        return this;
    }

    /** The next StartBuild fails with this error. */
    public synchronized FakeCodeBuildRuns failNextStart(String type, String message) {
        startErrors.add(new String[] {type, message});
        return this;
    }

    @Override
    protected synchronized Reply handle(String operation, JsonNode input) {
        return switch (operation) {
            case "StartBuild" -> start(input);
            case "BatchGetBuilds" -> {
                ObjectNode out = JSON.createObjectNode();
                var builds = out.putArray("builds");
                var missing = out.putArray("buildsNotFound");
                input.path("ids").forEach(id -> {
                    Deque<String> script = running.get(id.asText());
                    if (script == null) {
                        missing.add(id.asText());
                    } else {
                        String status = script.size() > 1 ? script.poll() : script.peek();
                        builds.add(build(id.asText()).put("buildStatus", status));
                    }
                });
                yield ok(out);
            }
            case "StopBuild" -> {
                String id = input.path("id").asText();
                Deque<String> script = running.get(id);
                if (script == null) {
                    yield error(400, "ResourceNotFoundException", "Build " + id + " does not exist");
                }
                script.clear();
                script.add("STOPPED");
                yield ok(JSON.createObjectNode().set("build", build(id).put("buildStatus", "STOPPED")));
            }
            default -> error(400, "InvalidInputException", "unknown operation " + operation);
        };
    }

    private Reply start(JsonNode input) {
        String[] failure = startErrors.poll();
        if (failure != null) {
            return error(400, failure[0], failure[1]);
        }
        String token = input.path("idempotencyToken").asText("");
        if (!token.isEmpty() && byToken.containsKey(token)) {
            String id = byToken.get(token);
            return ok(JSON.createObjectNode().set("build", build(id).put("buildStatus", "IN_PROGRESS")));
        }
        List<String> script = scripts.poll();
        if (script == null) {
            return error(400, "AccountLimitExceededException", "the test scripted no further build");
        }
        String id = input.path("projectName").asText() + ":run-" + (++started);
        running.put(id, new ArrayDeque<>(script));
        if (!token.isEmpty()) {
            byToken.put(token, id);
        }
        return ok(JSON.createObjectNode().set("build", build(id).put("buildStatus", "IN_PROGRESS")));
    }

    private static ObjectNode build(String id) {
        return JSON.createObjectNode().put("id", id)
                .put("arn", "arn:aws:codebuild:eu-west-1:123456789012:build/" + id)
                .put("projectName", id.substring(0, id.indexOf(':')));
    }
}
