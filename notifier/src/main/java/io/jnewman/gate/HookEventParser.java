package io.jnewman.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads {@code {"DeploymentId": "d-…", "LifecycleEventHookExecutionId": "…"}}. */
public final class HookEventParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    public HookEvent parse(InputStream in) throws MalformedHookEventException {
        JsonNode event;
        try {
            event = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new MalformedHookEventException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedHookEventException("unreadable: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            throw new MalformedHookEventException("not a JSON object");
        }
        return new HookEvent(text(event, "DeploymentId"), text(event, "LifecycleEventHookExecutionId"));
    }

    private static String text(JsonNode event, String field) throws MalformedHookEventException {
        JsonNode value = event.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedHookEventException("no " + field + " (is this a CodeDeploy lifecycle hook event?)");
        }
        return value.asText();
    }
}
