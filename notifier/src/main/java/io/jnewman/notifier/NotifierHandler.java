package io.jnewman.notifier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Lambda entry point ({@code io.jnewman.notifier.NotifierHandler::handleRequest}), invoked by the EventBridge rule
 * on the CodeBuild project's build state changes. It answers with a small JSON outcome. A payload that is not a build
 * state change is logged and answered {@code REJECTED} (retrying it could not help); other failures are thrown so
 * Lambda retries the invocation, and the dedup claim keeps a retry from posting twice.
 */
public final class NotifierHandler implements RequestStreamHandler {

    static {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        }
    }

    private static final Logger LOG = Logger.getLogger(NotifierHandler.class.getName());

    private final BuildEventParser parser = new BuildEventParser();
    private final Notifier notifier;

    /** Used by the Lambda runtime: settings from the environment, AWS clients from the runtime's region/role. */
    public NotifierHandler() {
        this(NotifierAssembly.assemble(NotifierConfig.fromEnvironment(System.getenv()),
                CodeBuildClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Sleeper.REAL));
    }

    public NotifierHandler(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String outcome;
        try {
            BuildEvent event = parser.parse(input);
            outcome = notifier.notify(event).name();
        } catch (MalformedEventException e) {
            LOG.warning("rejected event: " + e.getMessage());
            outcome = "REJECTED";
        }
        output.write(("{\"outcome\":\"" + outcome + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
