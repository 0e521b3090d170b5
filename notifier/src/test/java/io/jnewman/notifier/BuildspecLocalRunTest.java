package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.notifier.fakes.CodeBuildJunitImport;
import io.jnewman.notifier.fakes.ShopApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** buildspec.yml's phases run locally ({@link BuildspecPhases}) against a healthy and a broken loopback shop API. */
class BuildspecLocalRunTest {

    @Test
    void healthyStagePassesEveryPhaseAndWritesTheReportGroupFile(@TempDir Path workspace) throws Exception {
        BuildspecPhases.Run run;
        try (ShopApi api = ShopApi.healthy()) {
            run = BuildspecPhases.runPhases(workspace, api.baseUrl());
        }
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("stage: staging", "jnewman exit status: 0");
        assertThat(Files.readString(workspace.resolve("mvnw-calls.txt")))
                .isEqualTo("mvnw -B -ntp -DskipTests -pl cli -am package\n");

        List<TestCase> cases = CodeBuildJunitImport.read(workspace.resolve("reports/junit/smoke.xml"));
        assertThat(cases).hasSize(15).allMatch(TestCase::passed)
                .allMatch(c -> c.prefix().equals("smoke.postman_collection.json"));
        assertThat(workspace.resolve("reports/json/smoke.json")).isNotEmptyFile();
    }

    @Test
    void brokenStageFailsTheBuildPhaseWithFailuresInTheReport(@TempDir Path workspace) throws Exception {
        BuildspecPhases.Run run;
        try (ShopApi api = ShopApi.broken()) {
            run = BuildspecPhases.runPhases(workspace, api.baseUrl());
        }
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("phase build failed", "jnewman exit status: 1");

        List<TestCase> cases = CodeBuildJunitImport.read(workspace.resolve("reports/junit/smoke.xml"));
        // the cli found collections/OWNERS beside the collection and wrote each failure's owner into the report
        assertThat(cases).filteredOn(TestCase::failed).extracting(TestCase::suiteName)
                .containsOnly("Users / Get user [owner: identity]", "Orders / Create order [owner: payments]")
                .hasSize(4);
    }
}
