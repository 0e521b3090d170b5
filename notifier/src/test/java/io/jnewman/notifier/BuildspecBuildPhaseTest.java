package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the buildspec's build phase commands with bash, as CodeBuild would, in a workspace whose {@code ./jnewman} is a
 * stand-in that records its arguments and exits with a status chosen per collection, so that many collections and
 * failure orders are cheap to try ({@link BuildspecLocalRunTest} runs the phases with the real cli). Pins down that
 * every collection runs and that the phase fails when any collection fails.
 */
class BuildspecBuildPhaseTest {

    private static final String STAND_IN = """
            #!/usr/bin/env bash
            echo "$*" >> calls.txt
            case "$2" in *failing*) exit 1 ;; esac
            exit 0
            """;

    private static String buildPhase() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "buildspec.yml").toFile());
        StringBuilder script = new StringBuilder("set -o pipefail\n");
        spec.path("env").path("variables").fields()
                .forEachRemaining(v -> script.append("export ").append(v.getKey()).append("='")
                        .append(v.getValue().asText()).append("'\n"));
        spec.path("phases").path("build").path("commands").forEach(c -> script.append(c.asText()).append('\n'));
        return script.toString();
    }

    private static int run(Path workspace, String... collections) throws Exception {
        Files.createDirectories(workspace.resolve("collections"));
        for (String name : collections) {
            Files.writeString(workspace.resolve("collections/" + name + ".postman_collection.json"), "{}");
        }
        Path jnewman = Files.writeString(workspace.resolve("jnewman"), STAND_IN);
        Files.setPosixFilePermissions(jnewman, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(workspace.resolve("build-phase.sh"), buildPhase());
        Process process = new ProcessBuilder("bash", "build-phase.sh").directory(workspace.toFile())
                .redirectErrorStream(true).redirectOutput(workspace.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void passingCollectionsPassThePhase(@TempDir Path workspace) throws Exception {
        assertThat(run(workspace, "smoke", "orders")).isZero();

        List<String> calls = Files.readAllLines(workspace.resolve("calls.txt"), StandardCharsets.UTF_8);
        assertThat(calls).containsExactlyInAnyOrder(
                "run collections/orders.postman_collection.json -e environments/staging.postman_environment.json "
                        + "-r cli,json,junit --reporter-json-export reports/json/orders.json "
                        + "--reporter-junit-export reports/junit/orders.xml --reporter-junit-codebuild",
                "run collections/smoke.postman_collection.json -e environments/staging.postman_environment.json "
                        + "-r cli,json,junit --reporter-json-export reports/json/smoke.json "
                        + "--reporter-junit-export reports/junit/smoke.xml --reporter-junit-codebuild");
        assertThat(workspace.resolve("reports/junit")).isDirectory();
    }

    @Test
    void oneFailingCollectionFailsThePhaseAfterAllRan(@TempDir Path workspace) throws Exception {
        assertThat(run(workspace, "a-failing", "b-passing")).isNotZero();

        assertThat(Files.readAllLines(workspace.resolve("calls.txt"))).hasSize(2);
        assertThat(Files.readString(workspace.resolve("out.txt"))).contains("jnewman exit status: 1");
    }

    @Test
    void noCollectionToRunFailsThePhaseWithAReason(@TempDir Path workspace) throws Exception {
        assertThat(run(workspace)).isNotZero();

        assertThat(workspace.resolve("calls.txt")).doesNotExist();
        assertThat(Files.readString(workspace.resolve("out.txt")))
                .contains("no collections to run: collections/*.postman_collection.json matches nothing");
    }
}
