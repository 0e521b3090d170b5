package io.jnewman.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The PagerDuty Events API v2 routing key from Secrets Manager, read once per Lambda instance and only when a page is
 * sent. The secret holds the key itself or a JSON object with a {@code routing_key} field.
 */
public final class PagerDutyRoutingKey implements Supplier<String> {

    private final SecretsManagerClient secrets;
    private final String secretId;
    private volatile String key;

    public PagerDutyRoutingKey(SecretsManagerClient secrets, String secretId) {
        this.secrets = secrets;
        this.secretId = secretId;
    }

    @Override
    public String get() {
        String cached = key;
        if (cached == null) {
            cached = parse(secrets.getSecretValue(r -> r.secretId(secretId)).secretString());
            key = cached;
        }
        return cached;
    }

    private String parse(String secret) {
        String trimmed = secret == null ? "" : secret.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode field = new ObjectMapper().readTree(trimmed).path("routing_key");
                trimmed = field.isTextual() ? field.asText().strip() : "";
            } catch (IOException e) {
                throw new IllegalStateException("secret " + secretId + " is neither a routing key nor JSON");
            }
        }
        if (trimmed.isEmpty()) {
            throw new IllegalStateException("secret " + secretId + " holds no PagerDuty routing key");
        }
        return trimmed;
    }
}
