package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.jnewman.owners.Owners;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryMessageComposerTest {

    private static final String BUILD = "arn:aws:codebuild:eu-west-1:123456789012:build/smoke:1111";
    private static final String REPORT = "arn:aws:codebuild:eu-west-1:123456789012:report/smoke-junit:2222";
    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    private final SummaryMessageComposer composer = new SummaryMessageComposer();

    private static BuildSummary summary(String status, List<TestCase> cases) {
        BuildRun run = new BuildRun(BUILD, "smoke", 7L, status, Optional.of("prod"), START,
                START.plusSeconds(75), List.of(REPORT));
        Owners owners = Owners.parse("OWNERS", """
                *.json/Orders payments S0PAY
                *.json/Users identity U0ID
                """);
        return BuildSummary.of(new BuildResult(run, List.of(new TestReport(REPORT, cases))),
                new OwnerResolver(owners));
    }

    private static TestCase failure(String folder, int i, String message) {
        return new TestCase("s.json", folder + " / Request " + i, "check " + i, "FAILED", message);
    }

    private static String sectionText(LayoutBlock block) {
        return ((SectionBlock) block).getText().getText();
    }

    private static List<String> sectionTexts(SlackMessage message) {
        return message.blocks().stream().filter(b -> b instanceof SectionBlock s && s.getText() != null)
                .map(SummaryMessageComposerTest::sectionText).toList();
    }

    @Test
    void longFailureListOfOneOwnerEndsWithPlusNMore() {
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            cases.add(failure("Orders", i, "boom"));
        }
        SlackMessage message = composer.compose(summary("FAILED", cases));

        String payments = sectionTexts(message).stream().filter(t -> t.startsWith("*payments*")).findFirst()
                .orElseThrow();
        assertThat(payments).startsWith("*payments* <!subteam^S0PAY> — 25 failures");
        assertThat(payments.lines().filter(l -> l.startsWith("• "))).hasSize(SummaryMessageComposer.MAX_FAILURES_PER_OWNER);
        assertThat(payments).endsWith("\n+15 more");
    }

    @Test
    void longMessagesKeepEachSectionUnderSlacksLimit() {
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(failure("Orders", i, "x".repeat(5000)));
        }
        SlackMessage message = composer.compose(summary("FAILED", cases));

        for (String text : sectionTexts(message)) {
            assertThat(text.length()).isLessThanOrEqualTo(SummaryMessageComposer.MAX_SECTION_CHARS);
        }
        assertThat(sectionTexts(message)).anySatisfy(t -> assertThat(t).contains("…_"));
    }

    @Test
    void manyOwnersStayUnderTheBlockLimitWithAPlusNMoreOwnersLine() {
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            // an owner tag per case: 80 different teams
            cases.add(new TestCase("s.json", "Folder / Request [owner: team-" + i + "]", "check", "FAILED", "m"));
        }
        SlackMessage message = composer.compose(summary("FAILED", cases));

        assertThat(message.blocks()).hasSizeLessThanOrEqualTo(SummaryMessageComposer.MAX_BLOCKS);
        assertThat(sectionTexts(message)).anySatisfy(t -> assertThat(t).matches("\\+\\d+ more owners with \\d+ failures"));
        int shownTeams = (int) sectionTexts(message).stream().filter(t -> t.startsWith("*team-")).count();
        String more = sectionTexts(message).stream().filter(t -> t.startsWith("+")).findFirst().orElseThrow();
        assertThat(more).isEqualTo("+" + (80 - shownTeams) + " more owners with " + (80 - shownTeams) + " failures");
    }

    @Test
    void slackControlCharactersInNamesAreEscaped() {
        SlackMessage message = composer.compose(summary("FAILED",
                List.of(new TestCase("s.json", "Orders / <b>&", "a < b", "FAILED", "<!channel>"))));

        String payments = sectionTexts(message).stream().filter(t -> t.startsWith("*payments*")).findFirst()
                .orElseThrow();
        assertThat(payments).contains("*Orders / &lt;b&gt;&amp;* — a &lt; b", "&lt;!channel&gt;")
                .doesNotContain("<!channel>");
    }

    @Test
    void headerStaysWithinOneHundredFiftyCharacters() {
        BuildRun run = new BuildRun(BUILD, "p".repeat(200), 1L, "FAILED", Optional.empty(), START, START,
                List.of());
        SlackMessage message = composer.compose(
                BuildSummary.of(new BuildResult(run, List.of()), new OwnerResolver(Owners.none())));

        HeaderBlock header = (HeaderBlock) message.blocks().get(0);
        assertThat(header.getText().getText()).hasSizeLessThanOrEqualTo(SummaryMessageComposer.MAX_HEADER_CHARS);
    }

    @Test
    void stoppedBuildSaysStopped() {
        SlackMessage message = composer.compose(summary("STOPPED",
                List.of(new TestCase("s.json", "Users / Get", "ok", "SUCCEEDED", ""))));
        assertThat(((HeaderBlock) message.blocks().get(0)).getText().getText())
                .isEqualTo("smoke :black_square_for_stop: stopped: 1/1 passed");
    }

    @Test
    void emptyReportIsNotCalledAPass() {
        SlackMessage message = composer.compose(summary("SUCCEEDED", List.of()));
        assertThat(((HeaderBlock) message.blocks().get(0)).getText().getText())
                .isEqualTo("smoke :warning: SUCCEEDED: the test report has no test cases");
    }

    @Test
    void skippedCasesAreCountedApartAndErrorsAsFailures() {
        BuildSummary summary = summary("FAILED", List.of(
                new TestCase("s.json", "Users / Get", "ok", "SUCCEEDED", ""),
                new TestCase("s.json", "Users / Get", "later", "SKIPPED", ""),
                new TestCase("s.json", "Users / Get", "request", "ERROR", "ECONNREFUSED")));
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.passed()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        String all = sectionTexts(composer.compose(summary)).toString()
                + composer.compose(summary).blocks().toString();
        assertThat(all).contains("1/3 passed · 1 failed · 1 skipped", "request (error)", "<@U0ID>");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(SummaryMessageComposer.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(SummaryMessageComposer.duration(Duration.ofSeconds(75))).isEqualTo("1m 15s");
        assertThat(SummaryMessageComposer.duration(Duration.ofMinutes(125))).isEqualTo("2h 5m");
    }

    @Test
    void finishedTimeIsASlackDateWithUtcFallback() {
        assertThat(SummaryMessageComposer.slackDate(Instant.parse("2026-11-23T15:04:12Z")))
                .isEqualTo("<!date^1795446252^{date_short_pretty} {time}|2026-11-23 15:04 UTC>");
    }
}
