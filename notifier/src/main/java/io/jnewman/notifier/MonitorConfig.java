package io.jnewman.notifier;

import java.net.URI;

/**
 * The notifier's monitor settings; present only when MONITOR_STATE_TABLE is set.
 *
 * @param stateTable             MONITOR_STATE_TABLE: DynamoDB table holding each collection+environment's last state
 * @param routingKeySecretId     PAGERDUTY_ROUTING_KEY_SECRET_ARN: Secrets Manager secret with the Events API v2
 *                               routing (integration) key
 * @param pagerDutyEndpoint      PAGERDUTY_EVENTS_URL: the Events API endpoint (default PagerDuty's own)
 */
public record MonitorConfig(String stateTable, String routingKeySecretId, URI pagerDutyEndpoint) {
}
