package io.jnewman.notifier;

import io.jnewman.monitor.Health;
import io.jnewman.monitor.MonitorKey;
import io.jnewman.monitor.MonitorState;
import io.jnewman.monitor.MonitorStateStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Each collection+environment's last monitor state in a DynamoDB table keyed by the PagerDuty dedup key. Reads are
 * strongly consistent (the previous run's write must be seen); a write only replaces a state observed earlier, so a
 * late delivery of an older run cannot overwrite a newer one even when two invocations race.
 */
public final class DynamoDbMonitorStates implements MonitorStateStore {

    static final String KEY = "dedupKey";
    static final String HEALTH = "health";
    static final String OBSERVED_AT = "observedAtMillis";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbMonitorStates(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<MonitorState> load(MonitorKey key) {
        GetItemResponse response = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(KEY, AttributeValue.fromS(key.dedupKey()))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new MonitorState(Health.valueOf(item.get(HEALTH).s()),
                Instant.ofEpochMilli(Long.parseLong(item.get(OBSERVED_AT).n()))));
    }

    @Override
    public void save(MonitorKey key, MonitorState state) {
        AttributeValue observed = AttributeValue.fromN(Long.toString(state.observedAt().toEpochMilli()));
        try {
            dynamoDb.putItem(r -> r.tableName(table)
                    .item(Map.of(
                            KEY, AttributeValue.fromS(key.dedupKey()),
                            "collection", AttributeValue.fromS(key.collection()),
                            "environment", AttributeValue.fromS(key.environment()),
                            HEALTH, AttributeValue.fromS(state.health().name()),
                            OBSERVED_AT, observed))
                    .conditionExpression("attribute_not_exists(#key) OR #observed < :observed")
                    .expressionAttributeNames(Map.of("#key", KEY, "#observed", OBSERVED_AT))
                    .expressionAttributeValues(Map.of(":observed", observed)));
        } catch (ConditionalCheckFailedException newerRunSaved) {
            // a newer run's state is already there and stays
        }
    }
}
