package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a buildspec's install, pre_build and build phases with bash in order, as CodeBuild does (a failing command
 * fails its phase and skips the later ones), with CodeBuild's environment variables set, in a workspace holding the
 * project's smoke collection, OWNERS, a {@code staging} environment pointing at a loopback shop API, and the real
 * {@code ./jnewman} launcher running the real cli jar. Only {@code ./mvnw} is a stand-in that records its arguments:
 * the reactor has already packaged the jar, and a nested Maven build would rebuild it under this one.
 */
final class BuildspecPhases {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String MVNW_STAND_IN = "#!/usr/bin/env bash\necho \"mvnw $*\" >> mvnw-calls.txt\n";

    record Run(int exit, String output, Path workspace) {
    }

    private BuildspecPhases() {
    }

    /** Runs buildspec.yml. */
    static Run runPhases(Path workspace, String baseUrl) throws Exception {
        return runPhases(workspace, baseUrl, "buildspec.yml", Map.of());
    }

    /**
     * Runs the named buildspec with extra build variables (e.g. a batch build-list entry's), in a workspace prepared
     * once (a second run in the same workspace reuses it).
     */
    static Run runPhases(Path workspace, String baseUrl, String buildspec, Map<String, String> variables)
            throws Exception {
        Path jar = REPO.resolve("cli/target/jnewman.jar");
        assumeTrue(Files.isRegularFile(jar), "cli/target/jnewman.jar is not built (run the reactor build)");
        if (!Files.exists(workspace.resolve("jnewman"))) prepareWorkspace(workspace, baseUrl);
        Files.writeString(workspace.resolve("phases.sh"), phasesScript(buildspec));
        ProcessBuilder builder = new ProcessBuilder("bash", "phases.sh").directory(workspace.toFile())
                .redirectErrorStream(true).redirectOutput(workspace.resolve("out.txt").toFile());
        Map<String, String> environment = new HashMap<>(codeBuildVariables(workspace));
        environment.putAll(variables);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("phases finish").isTrue();
        return new Run(process.exitValue(), Files.readString(workspace.resolve("out.txt")), workspace);
    }

    /** What CodeBuild sets for a build the deployment rule started (STAGE comes from the rule's override). */
    private static Map<String, String> codeBuildVariables(Path workspace) {
        String id = "jnewman-smoke:0b7e3c52-5d1a-4f0e-9a3b-6c2d1e0f9a88";
        return Map.of(
                "CODEBUILD_BUILD_ID", id,
                "CODEBUILD_BUILD_ARN", "arn:aws:codebuild:eu-west-1:123456789012:build/" + id,
                "CODEBUILD_BUILD_NUMBER", "17",
                "CODEBUILD_INITIATOR", "rule/jnewman-smoke-after-deploy-staging",
                "CODEBUILD_SRC_DIR", workspace.toString(),
                "CODEBUILD_RESOLVED_SOURCE_VERSION", "4aa1d7b07e0171360f089ef083baeb4098bfce91",
                "AWS_REGION", "eu-west-1",
                "AWS_DEFAULT_REGION", "eu-west-1",
                "STAGE", "staging");
    }

    private static void prepareWorkspace(Path workspace, String baseUrl) throws IOException {
        Files.createDirectories(workspace.resolve("collections"));
        Files.createDirectories(workspace.resolve("environments"));
        Files.copy(REPO.resolve("collections/smoke.postman_collection.json"),
                workspace.resolve("collections/smoke.postman_collection.json"));
        Files.copy(REPO.resolve("collections/OWNERS"), workspace.resolve("collections/OWNERS"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode env = (ObjectNode) json.readTree(REPO.resolve("environments/staging.postman_environment.json").toFile());
        env.withArray("values").forEach(v -> {
            if (v.path("key").asText().equals("baseUrl")) ((ObjectNode) v).put("value", baseUrl);
        });
        json.writeValue(workspace.resolve("environments/staging.postman_environment.json").toFile(), env);
        // the real launcher finds the jar and the JDK relative to itself: give it the repository's cli/ and .ci/
        Files.copy(REPO.resolve("jnewman"), workspace.resolve("jnewman"));
        Files.createSymbolicLink(workspace.resolve("cli"), REPO.resolve("cli"));
        Files.createSymbolicLink(workspace.resolve(".ci"), REPO.resolve(".ci"));
        Path mvnw = Files.writeString(workspace.resolve("mvnw"), MVNW_STAND_IN);
        for (Path script : List.of(mvnw, workspace.resolve("jnewman"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The buildspec's variables, then each phase in a subshell with errexit; a failed phase stops the run. */
    private static String phasesScript(String buildspec) throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(REPO.resolve(buildspec).toFile());
        StringBuilder script = new StringBuilder();
        spec.path("env").path("variables").fields().forEachRemaining(v -> script.append(": \"${").append(v.getKey())
                .append(":=").append(v.getValue().asText()).append("}\"; export ").append(v.getKey()).append('\n'));
        for (String phase : List.of("install", "pre_build", "build")) {
            script.append("(\nset -e\n");
            spec.path("phases").path(phase).path("commands").forEach(c -> script.append(c.asText()).append('\n'));
            script.append(") || { echo \"phase ").append(phase).append(" failed\"; exit 1; }\n");
        }
        return script.toString();
    }
}
