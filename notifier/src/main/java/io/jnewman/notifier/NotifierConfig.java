package io.jnewman.notifier;

import java.util.Map;
import java.util.Optional;

/**
 * The Lambda's settings, from its environment (set by Terraform).
 *
 * @param slackChannel     SLACK_CHANNEL: channel id or name to post to
 * @param tokenSecretId    SLACK_TOKEN_SECRET_ARN: Secrets Manager secret holding the bot token
 * @param dedupTable       DEDUP_TABLE: DynamoDB table remembering posted builds
 * @param stageVariable    STAGE_VARIABLE: build environment variable naming the environment (default STAGE)
 * @param slackApiUrl      SLACK_API_URL: Web API base URL, only to route through a proxy (default Slack's own)
 */
public record NotifierConfig(String slackChannel, String tokenSecretId, String dedupTable, String stageVariable,
                             Optional<String> slackApiUrl) {

    public static NotifierConfig fromEnvironment(Map<String, String> env) {
        return new NotifierConfig(
                required(env, "SLACK_CHANNEL"),
                required(env, "SLACK_TOKEN_SECRET_ARN"),
                required(env, "DEDUP_TABLE"),
                env.getOrDefault("STAGE_VARIABLE", "STAGE"),
                Optional.ofNullable(env.get("SLACK_API_URL")).filter(s -> !s.isBlank()));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
