package io.jnewman.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gate Lambda's settings, from its environment (set by Terraform).
 *
 * @param projectName   PROJECT_NAME: the CodeBuild project running the collections
 * @param stages        DEPLOYMENT_STAGES: JSON object, {@code "<application>/<deployment group>"} → stage name
 * @param margin        RESERVE_SECONDS: time kept back from the Lambda's remaining time to stop the build and
 *                      report the verdict (default 30)
 * @param firstPoll     FIRST_POLL_SECONDS: first wait before asking for the build's status (default 10); waits double
 * @param longestPoll   LONGEST_POLL_SECONDS: longest wait between two status reads (default 30)
 */
public record GateConfig(String projectName, Map<String, String> stages, Duration margin, Duration firstPoll,
                         Duration longestPoll) {

    public GateConfig {
        stages = Map.copyOf(stages);
    }

    public Optional<String> stageOf(String application, String deploymentGroup) {
        return Optional.ofNullable(stages.get(application + "/" + deploymentGroup));
    }

    public static GateConfig fromEnvironment(Map<String, String> env) {
        return new GateConfig(required(env, "PROJECT_NAME"), stages(required(env, "DEPLOYMENT_STAGES")),
                seconds(env, "RESERVE_SECONDS", 30), seconds(env, "FIRST_POLL_SECONDS", 10),
                seconds(env, "LONGEST_POLL_SECONDS", 30));
    }

    private static Map<String, String> stages(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalStateException("DEPLOYMENT_STAGES must be a JSON object of application/group to stage");
            }
            Map<String, String> stages = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asText()));
            return stages;
        } catch (IOException e) {
            throw new IllegalStateException("DEPLOYMENT_STAGES is not JSON: " + e.getMessage());
        }
    }

    private static Duration seconds(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(fallback);
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a number of seconds: " + value);
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
