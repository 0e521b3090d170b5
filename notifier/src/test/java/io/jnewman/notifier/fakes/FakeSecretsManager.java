package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Secrets Manager's GetSecretValue over the AWS JSON 1.1 protocol, for secrets a test provides. */
public final class FakeSecretsManager extends AwsJsonFake {

    private final Map<String, String> secrets;

    public FakeSecretsManager(Map<String, String> secrets) {
        super("application/x-amz-json-1.1");
        this.secrets = Map.copyOf(secrets);
    }

    @Override
    protected Reply handle(String operation, JsonNode input) {
        String id = input.path("SecretId").asText();
        if (!operation.equals("GetSecretValue") || !secrets.containsKey(id)) {
            return error(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        }
        return ok(JSON.createObjectNode().put("ARN", id).put("Name", id).put("SecretString", secrets.get(id)));
    }
}
