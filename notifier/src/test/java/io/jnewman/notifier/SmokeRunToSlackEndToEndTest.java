package io.jnewman.notifier;

import static io.jnewman.notifier.NotifierFixture.BUILD_ARN;
import static io.jnewman.notifier.NotifierFixture.REPORT_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.jnewman.cli.Main;
import io.jnewman.notifier.fakes.ShopApi;
import io.jnewman.notifier.fakes.CodeBuildJunitImport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole CI loop on one machine: jnewman runs the project's smoke collection against a loopback shop API where
 * the identity and payments teams' endpoints are broken, writing CodeBuild-safe JUnit; the file is filed into a fake
 * report group the way CodeBuild parses it; the notifier handler, invoked with a real-shaped EventBridge event, reads
 * it back through the fake CodeBuild API and posts to the fake Slack.
 */
class SmokeRunToSlackEndToEndTest {

    private static final Path SMOKE = Path.of("..", "collections", "smoke.postman_collection.json");

    private final NotifierFixture fx = new NotifierFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void failuresOfTwoTeamsReachSlackWithCountsTimeAndMentions(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("smoke.xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (ShopApi api = ShopApi.broken()) {
            exit = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    "run", SMOKE.toString(), "-e", Path.of("..", "environments", "staging.postman_environment.json").toString(),
                    "--env-var", "baseUrl=" + api.baseUrl(),
                    "-r", "cli,junit", "--reporter-junit-export", junit.toString(), "--reporter-junit-codebuild");
        }
        assertThat(exit).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isEqualTo(1);

        List<TestCase> cases = CodeBuildJunitImport.read(junit);
        assertThat(cases).hasSize(15).allMatch(c -> c.prefix().equals("smoke.postman_collection.json"));
        // the cli ran with collections/OWNERS (found beside the collection): owners travel inside the report
        assertThat(cases).filteredOn(TestCase::failed).extracting(TestCase::suiteName)
                .containsOnly("Users / Get user [owner: identity]", "Orders / Create order [owner: payments]");
        fx.codeBuild.addBuild(BUILD_ARN, "FAILED", "staging", Instant.parse("2026-11-23T15:00:00Z"),
                Instant.parse("2026-11-23T15:01:30Z"), List.of(REPORT_ARN));
        fx.codeBuild.addReport(REPORT_ARN, cases);

        assertThat(fx.invoke(NotifierFixture.event(BUILD_ARN, "FAILED"))).contains("POSTED");

        assertThat(fx.slack.posts()).hasSize(1);
        String message = fx.slack.lastBlocks().toString();
        // 5 requests x (2 request tests + the collection's response-time test); Get user and Create order fail both
        assertThat(message).contains(
                "11/15 passed · 4 failed", "staging", "1m 30s", "2026-11-23 15:01 UTC",
                "*identity* <!subteam^S0IDENTITY1> — 2 failures",
                "*Users / Get user* — status is 200", "*Users / Get user* — has id and email",
                "*payments* <!subteam^S0PAYMENTS1> — 2 failures",
                "*Orders / Create order* — status is 201", "*Orders / Create order* — order is pending");
        assertThat(message).doesNotContain("S0PLATFORM1", "*Health / Service health*", "*Orders / Get order*");
    }
}
