package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;

/**
 * Per-request settings the runner hands to the executor: the merged protocolProfileBehavior, the request timeout
 * (0 = none), and the working directory that relative file paths (form-data src, binary bodies) resolve against.
 * {@code insecureFileRead=false} refuses files outside the working directory (--no-insecure-file-read).
 */
public record RequestOptions(Map<String, JsonNode> protocolProfileBehavior, long timeoutMillis, Path workingDir,
                             boolean insecureFileRead) {
    public RequestOptions {
        protocolProfileBehavior = protocolProfileBehavior == null ? Map.of() : Map.copyOf(protocolProfileBehavior);
    }

    public static RequestOptions defaults() {
        return new RequestOptions(Map.of(), 0, Path.of("").toAbsolutePath(), true);
    }
}
