package io.jnewman.notifier;

import io.jnewman.monitor.PagerDutyEvents;
import java.net.URI;
import java.net.URISyntaxException;
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
 * @param monitorVariable  MONITOR_VARIABLE: build environment variable that is {@code true} for scheduled monitor runs
 *                         (default JNEWMAN_MONITOR)
 * @param monitor          the monitor settings, when MONITOR_STATE_TABLE is set
 */
public record NotifierConfig(String slackChannel, String tokenSecretId, String dedupTable, String stageVariable,
                             Optional<String> slackApiUrl, String monitorVariable, Optional<MonitorConfig> monitor) {

    public static final String DEFAULT_MONITOR_VARIABLE = "JNEWMAN_MONITOR";

    /** Settings of a notifier without the monitor. */
    public NotifierConfig(String slackChannel, String tokenSecretId, String dedupTable, String stageVariable,
                          Optional<String> slackApiUrl) {
        this(slackChannel, tokenSecretId, dedupTable, stageVariable, slackApiUrl, DEFAULT_MONITOR_VARIABLE,
                Optional.empty());
    }

    public static NotifierConfig fromEnvironment(Map<String, String> env) {
        Optional<MonitorConfig> monitor = optional(env, "MONITOR_STATE_TABLE").map(table -> new MonitorConfig(
                table,
                required(env, "PAGERDUTY_ROUTING_KEY_SECRET_ARN"),
                pagerDutyEndpoint(optional(env, "PAGERDUTY_EVENTS_URL")
                        .orElse(PagerDutyEvents.DEFAULT_ENDPOINT.toString()))));
        return new NotifierConfig(
                required(env, "SLACK_CHANNEL"),
                required(env, "SLACK_TOKEN_SECRET_ARN"),
                required(env, "DEDUP_TABLE"),
                env.getOrDefault("STAGE_VARIABLE", "STAGE"),
                optional(env, "SLACK_API_URL"),
                optional(env, "MONITOR_VARIABLE").orElse(DEFAULT_MONITOR_VARIABLE),
                monitor);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank());
    }

    private static URI pagerDutyEndpoint(String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new URISyntaxException(value, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("environment variable PAGERDUTY_EVENTS_URL is not a URL: " + value);
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
