package io.jnewman.notifier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the raw invocation payload. The handler takes a stream rather than a typed event so that a payload the Lambda
 * runtime could not bind is still answered with a clear log line instead of a deserialization crash.
 */
public final class BuildEventParser {

    static final String SOURCE = "aws.codebuild";
    static final String DETAIL_TYPE = "CodeBuild Build State Change";

    private final ObjectMapper json = new ObjectMapper();

    public BuildEvent parse(InputStream payload) {
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JacksonException e) {
            throw new MalformedEventException("event is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedEventException("event could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("event is not a JSON object");
        }
        String source = root.path("source").asText("");
        String detailType = root.path("detail-type").asText("");
        if (!SOURCE.equals(source) || !DETAIL_TYPE.equals(detailType)) {
            throw new MalformedEventException("expected source '" + SOURCE + "' and detail-type '" + DETAIL_TYPE
                    + "', got '" + source + "' / '" + detailType + "'");
        }
        JsonNode detail = root.path("detail");
        String buildArn = text(detail, "build-id");
        if (buildArn.isEmpty() && root.path("resources").isArray() && !root.path("resources").isEmpty()) {
            buildArn = root.path("resources").get(0).asText("");
        }
        if (!buildArn.startsWith("arn:") || !buildArn.contains(":build/")) {
            throw new MalformedEventException("event has no CodeBuild build ARN in detail.build-id");
        }
        String status = text(detail, "build-status");
        if (status.isEmpty()) {
            throw new MalformedEventException("event has no detail.build-status");
        }
        return new BuildEvent(buildArn, text(detail, "project-name"), status);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }
}
