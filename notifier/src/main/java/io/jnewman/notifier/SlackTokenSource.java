package io.jnewman.notifier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads the Slack bot token from Secrets Manager, once per Lambda instance. The secret holds the token itself
 * ({@code xoxb-…}) or a JSON object with a {@code token} field.
 */
public final class SlackTokenSource {

    private final SecretsManagerClient secrets;
    private final String secretId;
    private volatile String token;

    public SlackTokenSource(SecretsManagerClient secrets, String secretId) {
        this.secrets = secrets;
        this.secretId = secretId;
    }

    public String token() {
        String cached = token;
        if (cached == null) {
            cached = parse(secrets.getSecretValue(r -> r.secretId(secretId)).secretString());
            token = cached;
        }
        return cached;
    }

    private String parse(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("secret " + secretId + " has no string value");
        }
        String trimmed = secret.strip();
        if (!trimmed.startsWith("{")) {
            return trimmed;
        }
        try {
            JsonNode token = new ObjectMapper().readTree(trimmed).path("token");
            if (token.isTextual() && !token.asText().isBlank()) {
                return token.asText();
            }
        } catch (JacksonException e) {
            throw new IllegalStateException("secret " + secretId + " is neither a token nor valid JSON");
        }
        throw new IllegalStateException("secret " + secretId + " is JSON without a \"token\" field");
    }
}
