package io.jnewman.notifier;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Remembers which builds were already posted, so that a repeated invocation (EventBridge delivers at least once, and
 * Lambda retries failed asynchronous invocations) posts nothing twice. A build is claimed with a conditional PutItem
 * keyed by its ARN ({@code attribute_not_exists}), which DynamoDB applies atomically even when two invocations race;
 * a claim whose post then fails is released so the retry can post. Items expire through the table's TTL attribute.
 */
public final class PostedBuilds {

    static final String KEY = "buildArn";
    static final String EXPIRES = "expiresAt";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;
    private final Duration keepFor;

    public PostedBuilds(DynamoDbClient dynamoDb, String table, Clock clock, Duration keepFor) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** True when this invocation is the first to claim the build and so must post it. */
    public boolean claim(String buildArn) {
        long now = clock.instant().getEpochSecond();
        try {
            dynamoDb.putItem(r -> r.tableName(table)
                    .item(Map.of(
                            KEY, AttributeValue.fromS(buildArn),
                            "claimedAt", AttributeValue.fromN(Long.toString(now)),
                            EXPIRES, AttributeValue.fromN(Long.toString(now + keepFor.toSeconds()))))
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", KEY)));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    /** Gives a claim back after a failed post, so the next delivery of the event can post. */
    public void release(String buildArn) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(KEY, AttributeValue.fromS(buildArn))));
    }
}
