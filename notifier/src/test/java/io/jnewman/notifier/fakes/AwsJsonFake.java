package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Base of the AWS fakes: AWS JSON protocol services take a POST whose {@code X-Amz-Target} header names the operation
 * ({@code Service_Version.Operation}) and whose body is the JSON input.
 */
public abstract class AwsJsonFake implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private final String contentType;
    private final LoopbackServer server;

    protected AwsJsonFake(String contentType) {
        this.contentType = contentType;
        this.server = new LoopbackServer(this::route);
    }

    private Reply route(RecordedRequest request) {
        String target = request.header("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        try {
            return handle(operation, JSON.readTree(request.body()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected abstract Reply handle(String operation, JsonNode input);

    protected Reply ok(JsonNode output) {
        return Reply.json(200, contentType, output.toString());
    }

    protected Reply error(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", type).put("message", message);
        return Reply.json(status, contentType, body.toString());
    }

    public URI uri() {
        return server.uri();
    }

    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** The operations called, in order. */
    public List<String> operations() {
        return requests().stream().map(r -> {
            String t = r.header("X-Amz-Target");
            return t == null ? "" : t.substring(t.indexOf('.') + 1);
        }).toList();
    }

    public List<JsonNode> inputsOf(String operation) {
        return requests().stream()
                .filter(r -> r.header("X-Amz-Target") != null && r.header("X-Amz-Target").endsWith("." + operation))
                .map(r -> {
                    try {
                        return JSON.readTree(r.body());
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    @Override
    public void close() {
        server.close();
    }
}
