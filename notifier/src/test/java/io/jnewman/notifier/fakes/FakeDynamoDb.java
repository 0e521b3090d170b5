package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One DynamoDB table keyed by a string attribute, over the AWS JSON 1.0 protocol: PutItem with an optional condition
 * expression (see {@link ConditionExpression}), UpdateItem with {@code SET} assignments, and DeleteItem. Writes to
 * one table are serialised, as DynamoDB makes each conditional write atomic.
 */
public final class FakeDynamoDb extends AwsJsonFake {

    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

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

    /** Stores an item as if an earlier invocation had written it; attributes in DynamoDB JSON. */
    public void seed(JsonNode item) {
        items.put(item.path(keyAttribute).path("S").asText(), item);
    }

    @Override
    protected synchronized Reply handle(String operation, JsonNode input) {
        if (!table.equals(input.path("TableName").asText())) {
            return error(400, ERROR_PREFIX + "ResourceNotFoundException", "Requested resource not found");
        }
        try {
            return switch (operation) {
                case "PutItem" -> putItem(input);
                case "UpdateItem" -> updateItem(input);
                case "DeleteItem" -> {
                    items.remove(input.path("Key").path(keyAttribute).path("S").asText());
                    yield ok(JSON.createObjectNode());
                }
                default -> error(400, ERROR_PREFIX + "ValidationException", "unsupported " + operation);
            };
        } catch (IllegalArgumentException e) {
            return error(400, ERROR_PREFIX + "ValidationException", e.getMessage());
        }
    }

    private Reply putItem(JsonNode input) {
        String key = input.path("Item").path(keyAttribute).path("S").asText();
        if (!conditionHolds(input, items.get(key))) {
            return conditionFailed();
        }
        items.put(key, input.path("Item"));
        return ok(JSON.createObjectNode());
    }

    private Reply updateItem(JsonNode input) {
        String key = input.path("Key").path(keyAttribute).path("S").asText();
        JsonNode existing = items.get(key);
        if (!conditionHolds(input, existing)) {
            return conditionFailed();
        }
        ObjectNode item = existing == null ? ((ObjectNode) input.path("Key")).deepCopy() : existing.deepCopy();
        String expression = input.path("UpdateExpression").asText().strip();
        if (!expression.startsWith("SET ")) {
            throw new IllegalArgumentException("fake supports only SET updates");
        }
        for (String assignment : expression.substring(4).split(",")) {
            String[] sides = assignment.split("=");
            String name = sides[0].strip();
            String attribute = name.startsWith("#") ? input.path("ExpressionAttributeNames").path(name).asText() : name;
            item.set(attribute, input.path("ExpressionAttributeValues").path(sides[1].strip()));
        }
        items.put(key, item);
        return ok(JSON.createObjectNode());
    }

    private static boolean conditionHolds(JsonNode input, JsonNode existing) {
        String condition = input.path("ConditionExpression").asText("");
        return condition.isEmpty() || ConditionExpression.holds(condition, input.path("ExpressionAttributeNames"),
                input.path("ExpressionAttributeValues"), existing);
    }

    private Reply conditionFailed() {
        return error(400, ERROR_PREFIX + "ConditionalCheckFailedException", "The conditional request failed");
    }
}
