package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One DynamoDB table keyed by a string attribute, over the AWS JSON 1.0 protocol: PutItem with the
 * {@code attribute_not_exists(#name)} condition the notifier uses (checked atomically) and DeleteItem.
 */
public final class FakeDynamoDb extends AwsJsonFake {

    private final String table;
    private final String keyAttribute;
    private final Map<String, JsonNode> items = new ConcurrentHashMap<>();

    public FakeDynamoDb(String table, String keyAttribute) {
        super("application/x-amz-json-1.0");
        this.table = table;
        this.keyAttribute = keyAttribute;
    }

    public Map<String, JsonNode> items() {
        return Map.copyOf(items);
    }

    @Override
    protected Reply handle(String operation, JsonNode input) {
        if (!table.equals(input.path("TableName").asText())) {
            return error(400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                    "Requested resource not found");
        }
        return switch (operation) {
            case "PutItem" -> putItem(input);
            case "DeleteItem" -> {
                items.remove(input.path("Key").path(keyAttribute).path("S").asText());
                yield ok(JSON.createObjectNode());
            }
            default -> error(400, "com.amazonaws.dynamodb.v20120810#ValidationException", "unsupported " + operation);
        };
    }

    private Reply putItem(JsonNode input) {
        String key = input.path("Item").path(keyAttribute).path("S").asText();
        String condition = input.path("ConditionExpression").asText("");
        if (condition.isEmpty()) {
            items.put(key, input.path("Item"));
            return ok(JSON.createObjectNode());
        }
        String expected = "attribute_not_exists(#key)";
        if (!condition.equals(expected)
                || !keyAttribute.equals(input.path("ExpressionAttributeNames").path("#key").asText())) {
            return error(400, "com.amazonaws.dynamodb.v20120810#ValidationException",
                    "fake supports only " + expected + " on the key");
        }
        if (items.putIfAbsent(key, input.path("Item")) != null) {
            return error(400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
                    "The conditional request failed");
        }
        return ok(JSON.createObjectNode());
    }
}
