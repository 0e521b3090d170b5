package io.jnewman.gate;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;

/**
 * The lifecycle-hook Lambda ({@code io.jnewman.gate.GateHandler::handleRequest}) named in the appspec's
 * AfterAllowTestTraffic/AfterAllowTraffic hooks. It has until its own timeout, less a reserve, to decide: the
 * collection run is waited for inside this invocation (see {@link BuildWatch}), then the verdict is reported to
 * CodeDeploy. A payload that is no hook event is logged and answered {@code REJECTED}.
 */
public final class GateHandler implements RequestStreamHandler {

    static {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        }
    }

    private static final Logger LOG = Logger.getLogger(GateHandler.class.getName());
    /** Lambda's longest timeout, assumed when there is no context to ask (a local run). */
    static final Duration LAMBDA_MAX = Duration.ofMinutes(15);

    private final HookEventParser parser = new HookEventParser();
    private final DeploymentGate gate;
    private final GateClock clock;
    private final Duration reserve;

    /** Used by the Lambda runtime: settings from the environment, AWS clients from the runtime's region/role. */
    public GateHandler() {
        this(GateConfig.fromEnvironment(System.getenv()),
                CodeDeployClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                CodeBuildClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                GateClock.REAL);
    }

    public GateHandler(GateConfig config, CodeDeployClient codeDeploy, CodeBuildClient codeBuild, GateClock clock) {
        this.gate = new DeploymentGate(codeDeploy, codeBuild, config, clock);
        this.clock = clock;
        this.reserve = config.margin();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HookEvent event;
        try {
            event = parser.parse(input);
        } catch (MalformedHookEventException e) {
            LOG.warning("rejected event: " + e.getMessage());
            output.write("{\"outcome\":\"REJECTED\"}".getBytes());
            return;
        }
        Duration remaining = context == null ? LAMBDA_MAX : Duration.ofMillis(context.getRemainingTimeInMillis());
        Instant deadline = clock.now().plus(remaining).minus(reserve);
        GateDecision decision = gate.run(event, deadline);
        new ObjectMapper().writeValue(output, new ObjectMapper().createObjectNode()
                .put("outcome", decision.passed() ? "Succeeded" : "Failed")
                .put("reason", decision.reason())
                .put("buildId", decision.buildId().orElse(null)));
    }
}
