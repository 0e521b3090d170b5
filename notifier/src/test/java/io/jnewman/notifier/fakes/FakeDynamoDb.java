package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DynamoDB tables keyed by a string attribute, over the AWS JSON 1.0 protocol: PutItem with an optional condition
 * expression (see {@link ConditionExpression}), UpdateItem with {@code SET} assignments, GetItem and DeleteItem.
 * Writes are serialised, as DynamoDB makes each conditional write atomic.
 */
public final class FakeDynamoDb extends AwsJsonFake {

    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private record Table(String keyAttribute, Map<String, JsonNode> items) {
    }

    private final String firstTable;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    public FakeDynamoDb(String table, String keyAttribute) {
        super("application/x-amz-json-1.0");
        this.firstTable = table;
        addTable(table, keyAttribute);
    }

    public FakeDynamoDb addTable(String table, String keyAttribute) {
        tables.put(table, new Table(keyAttribute, new ConcurrentHashMap<>()));
        return this;
    }

    /** The items of the table the fake was created with. */
    public Map<String, JsonNode> items() {
        return items(firstTable);
    }

    public Map<String, JsonNode> items(String table) {
        return Map.copyOf(tables.get(table).items());
    }

    /** Stores an item as if an earlier invocation had written it; attributes in DynamoDB JSON. */
    public void seed(JsonNode item) {
        Table table = tables.get(firstTable);
        table.items().put(item.path(table.keyAttribute()).path("S").asText(), item);
    }

    @Override
    protected synchronized Reply handle(String operation, JsonNode input) {
        Table table = tables.get(input.path("TableName").asText());
        if (table == null) {
            return error(400, ERROR_PREFIX + "ResourceNotFoundException", "Requested resource not found");
        }
        String keyAttribute = table.keyAttribute();
        Map<String, JsonNode> items = table.items();
        try {
            return switch (operation) {
                case "PutItem" -> putItem(input, keyAttribute, items);
                case "UpdateItem" -> updateItem(input, keyAttribute, items);
                case "GetItem" -> {
                    JsonNode item = items.get(input.path("Key").path(keyAttribute).path("S").asText());
                    ObjectNode out = JSON.createObjectNode();
                    if (item != null) {
                        out.set("Item", item);
                    }
                    yield ok(out);
                }
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

    private Reply putItem(JsonNode input, String keyAttribute, Map<String, JsonNode> items) {
        String key = input.path("Item").path(keyAttribute).path("S").asText();
        if (!conditionHolds(input, items.get(key))) {
            return conditionFailed();
        }
        items.put(key, input.path("Item"));
        return ok(JSON.createObjectNode());
    }

    private Reply updateItem(JsonNode input, String keyAttribute, Map<String, JsonNode> items) {
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
