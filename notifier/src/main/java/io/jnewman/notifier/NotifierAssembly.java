package io.jnewman.notifier;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.jnewman.monitor.PagerDutyAlerts;
import io.jnewman.monitor.PagerDutyEvents;
import io.jnewman.owners.Owners;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Puts a {@link Notifier} together from its settings and AWS clients (real ones in Lambda, loopback ones in tests). */
public final class NotifierAssembly {

    /** Where the build puts collections/OWNERS inside the Lambda jar. */
    static final String BUNDLED_OWNERS = "/io/jnewman/notifier/OWNERS";

    static final int SLACK_ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(20); // 3 waits at most: well inside the Lambda timeout
    static final Duration KEEP_POSTED_FOR = Duration.ofDays(30);
    static final int PAGERDUTY_ATTEMPTS = 3; // waits of 1 s and 2 s

    private NotifierAssembly() {
    }

    public static Notifier assemble(NotifierConfig config, CodeBuildClient codeBuild, DynamoDbClient dynamoDb,
                                    SecretsManagerClient secrets, Sleeper sleeper) {
        SlackConfig slackConfig = new SlackConfig();
        config.slackApiUrl().ifPresent(url -> slackConfig.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/"));
        slackConfig.setPrettyResponseLoggingEnabled(false);
        // the client's rate-limit statistics call auth.test before every method; one post needs none of that
        slackConfig.getMethodsConfig().setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        SlackTokenSource token = new SlackTokenSource(secrets, config.tokenSecretId());
        OwnerResolver owners = new OwnerResolver(bundledOwners());
        SummaryMessageComposer composer = new SummaryMessageComposer();
        SlackPoster poster = new SlackPoster(() -> slack.methods(token.token()), config.slackChannel(), sleeper,
                SLACK_ATTEMPTS, FIRST_BACKOFF, MAX_WAIT);
        Optional<MonitorRuns> monitor = config.monitor().map(m -> new MonitorRuns(
                new DynamoDbMonitorStates(dynamoDb, m.stateTable()),
                new PagerDutyAlerts(new PagerDutyEvents(
                        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                        m.pagerDutyEndpoint(), new PagerDutyRoutingKey(secrets, m.routingKeySecretId()),
                        sleeper::sleep, PAGERDUTY_ATTEMPTS)),
                new MonitorMessages(owners, composer, poster)));
        return new Notifier(
                new CodeBuildReports(codeBuild, config.stageVariable(), config.monitorVariable()),
                owners, composer, poster,
                new PostedBuilds(dynamoDb, config.dedupTable(), Clock.systemUTC(), KEEP_POSTED_FOR),
                monitor);
    }

    static Owners bundledOwners() {
        try (InputStream in = NotifierAssembly.class.getResourceAsStream(BUNDLED_OWNERS)) {
            if (in == null) {
                return Owners.none();
            }
            return Owners.parse("OWNERS (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled owners file: " + e.getMessage(), e);
        }
    }
}
