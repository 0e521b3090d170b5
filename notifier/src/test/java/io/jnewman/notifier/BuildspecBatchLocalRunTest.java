package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jnewman.notifier.fakes.CodeBuildJunitImport;
import io.jnewman.notifier.fakes.ShopApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * buildspec-batch.yml's phases run locally once per build-list entry, with that entry's variables, as CodeBuild runs
 * the builds of a batch: each shard files its own JUnit file and together they hold the whole suite, each case once.
 */
class BuildspecBatchLocalRunTest {

    @Test
    void theShardsOfTheBatchTogetherReportEveryCaseOnceInFilesOfTheirOwn(@TempDir Path workspace) throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(
                BuildspecPhases.REPO.resolve("buildspec-batch.yml").toFile());
        List<String> shards = new ArrayList<>();
        spec.path("batch").path("build-list").forEach(b -> shards.add(b.path("env").path("variables").path("SHARD").asText()));
        assertThat(shards).containsExactly("1/4", "2/4", "3/4", "4/4");

        List<TestCase> all = new ArrayList<>();
        try (ShopApi api = ShopApi.healthy()) {
            for (String shard : shards) {
                BuildspecPhases.Run run = BuildspecPhases.runPhases(workspace, api.baseUrl(), "buildspec-batch.yml",
                        Map.of("SHARD", shard));
                assertThat(run.exit()).as(run.output()).isZero();
                assertThat(run.output()).contains("stage: staging, shard: " + shard);
                Path junit = workspace.resolve("reports/junit/shard-" + shard.replace("/", "-of-") + ".xml");
                if (shard.equals("4/4")) {
                    // the smoke collection has three top-level folders: the fourth shard has nothing to run
                    assertThat(run.output()).contains("jnewman: shard 4/4 has no work");
                    assertThat(junit).doesNotExist();
                    continue;
                }
                List<TestCase> cases = CodeBuildJunitImport.read(junit);
                assertThat(cases).isNotEmpty().allMatch(TestCase::passed);
                all.addAll(cases);
            }
        }
        try (var files = Files.list(workspace.resolve("reports/junit"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("shard-1-of-4.xml", "shard-2-of-4.xml", "shard-3-of-4.xml");
        }
        // the single build reports 15 cases for the same collection (BuildspecLocalRunTest): the same 15, once each
        assertThat(all).hasSize(15).allMatch(c -> c.prefix().equals("smoke.postman_collection.json"));
        assertThat(all.stream().map(c -> c.suiteName() + " :: " + c.name()).distinct()).hasSize(15);
        assertThat(all).extracting(TestCase::suiteName).anyMatch(s -> s.startsWith("Health"))
                .anyMatch(s -> s.startsWith("Users")).anyMatch(s -> s.startsWith("Orders"));
    }
}
