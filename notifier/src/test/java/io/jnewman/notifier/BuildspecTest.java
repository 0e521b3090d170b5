package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's buildspec.yml has the structure CodeBuild and the notifier rely on: a JDK 21 runtime, jnewman built
 * and run in CodeBuild-safe JUnit mode for the stage, and a JUNITXML report whose files are where jnewman writes them.
 */
class BuildspecTest {

    private static final JsonNode SPEC = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "buildspec.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> commands(String phase) {
        List<String> commands = new ArrayList<>();
        SPEC.path("phases").path(phase).path("commands").forEach(c -> commands.add(c.asText()));
        return commands;
    }

    @Test
    void isVersionZeroTwoWithTheKnownPhases() {
        assertThat(SPEC.path("version").asText()).isEqualTo("0.2");
        assertThat(SPEC.path("phases").fieldNames()).toIterable()
                .containsExactly("install", "pre_build", "build");
        assertThat(SPEC.path("env").path("shell").asText()).isEqualTo("bash");
    }

    @Test
    void selectsAJdkOfAtLeast21() {
        String java = SPEC.path("phases").path("install").path("runtime-versions").path("java").asText();
        assertThat(java).matches("corretto(2[1-9]|[3-9]\\d)");
        // the cli build runs node to bundle the sandbox's JavaScript libraries
        assertThat(SPEC.path("phases").path("install").path("runtime-versions").path("nodejs").asInt())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void buildsJnewmanWithTheWrapperBeforeRunningIt() {
        assertThat(commands("pre_build")).anySatisfy(c ->
                assertThat(c).startsWith("./mvnw ").contains("-B", "-DskipTests", "package"));
    }

    @Test
    void refusesToRunWithoutAStageOrItsEnvironmentFile() {
        assertThat(SPEC.path("env").path("variables").path("STAGE").asText()).isNotBlank();
        assertThat(commands("pre_build")).anySatisfy(c -> assertThat(c).contains("test -n \"$STAGE\""));
        assertThat(commands("pre_build")).anySatisfy(c ->
                assertThat(c).contains("environments/$STAGE.postman_environment.json"));
    }

    @Test
    void runsEachCollectionForTheStageWithCodeBuildSafeJunitAndFailsOnFailures() {
        String run = String.join("\n", commands("build"));
        assertThat(run).contains("./jnewman run", "-e \"environments/$STAGE.postman_environment.json\"",
                "-r cli,json,junit", "--reporter-junit-codebuild",
                "--reporter-junit-export \"$REPORTS_DIR/junit/$name.xml\"",
                "--reporter-json-export \"$REPORTS_DIR/json/$name.json\"",
                "|| status=$?");
        // the last command's result is the build's: non-zero when any collection failed
        List<String> build = commands("build");
        assertThat(build.get(build.size() - 1).strip()).endsWith("[ \"$status\" -eq 0 ]");
    }

    @Test
    void junitReportIsReadFromWhereJnewmanWritesIt() {
        JsonNode reports = SPEC.path("reports");
        assertThat(reports.size()).isEqualTo(1);
        JsonNode junit = reports.path("junit");
        assertThat(junit.path("file-format").asText()).isEqualTo("JUNITXML");
        String reportsDir = SPEC.path("env").path("variables").path("REPORTS_DIR").asText();
        assertThat(junit.path("base-directory").asText()).isEqualTo(reportsDir + "/junit");
        assertThat(junit.path("files").get(0).asText()).isEqualTo("*.xml");
    }

    @Test
    void keepsJsonAndHtmlReportsAsArtifacts() {
        JsonNode artifacts = SPEC.path("artifacts");
        assertThat(artifacts.path("base-directory").asText())
                .isEqualTo(SPEC.path("env").path("variables").path("REPORTS_DIR").asText());
        List<String> files = new ArrayList<>();
        artifacts.path("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains("json/**/*", "html/**/*");
    }
}
