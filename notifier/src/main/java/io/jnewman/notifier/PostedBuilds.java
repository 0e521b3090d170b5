package io.jnewman.notifier;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Remembers which builds were posted, so that a repeated invocation (EventBridge delivers at least once, and Lambda
 * retries failed asynchronous invocations) posts nothing twice.
 *
 * <p>An invocation claims a build with a conditional PutItem keyed by its ARN, which DynamoDB applies atomically even
 * when two invocations race; only the winner posts, then marks the item posted. A claim whose post fails is deleted so
 * the retry can post. A claim that was never marked posted and is older than any invocation can run (its Lambda was
 * killed mid-way) may be taken over, so a timeout does not lose the message. Items expire through the table's TTL.
 */
public final class PostedBuilds {

    static final String KEY = "buildArn";
    static final String CLAIMED = "claimedAt";
    static final String POSTED = "postedAt";
    static final String MESSAGE_TS = "slackTs";
    static final String EXPIRES = "expiresAt";

    /** Lambda's longest possible invocation: a claim older than this and not posted was abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    static final String CLAIM_CONDITION =
            "attribute_not_exists(#key) OR (attribute_not_exists(#posted) AND #claimed < :abandoned)";

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

    /** True when this invocation won the build and so must post it. */
    public boolean claim(String buildArn) {
        long now = clock.instant().getEpochSecond();
        try {
            dynamoDb.putItem(r -> r.tableName(table)
                    .item(Map.of(
                            KEY, AttributeValue.fromS(buildArn),
                            CLAIMED, number(now),
                            EXPIRES, number(now + keepFor.toSeconds())))
                    .conditionExpression(CLAIM_CONDITION)
                    .expressionAttributeNames(Map.of("#key", KEY, "#posted", POSTED, "#claimed", CLAIMED))
                    .expressionAttributeValues(Map.of(":abandoned", number(now - ABANDONED_AFTER.toSeconds()))));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    /** Records that the build's message was posted; from then on no claim on it succeeds. */
    public void markPosted(String buildArn, String messageTs) {
        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of(KEY, AttributeValue.fromS(buildArn)))
                .updateExpression("SET #posted = :now, #ts = :ts")
                .expressionAttributeNames(Map.of("#posted", POSTED, "#ts", MESSAGE_TS))
                .expressionAttributeValues(Map.of(
                        ":now", number(clock.instant().getEpochSecond()),
                        ":ts", AttributeValue.fromS(messageTs == null ? "" : messageTs))));
    }

    /** Gives a claim back after a failed post, so the next delivery of the event can post. */
    public void release(String buildArn) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(KEY, AttributeValue.fromS(buildArn))));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
