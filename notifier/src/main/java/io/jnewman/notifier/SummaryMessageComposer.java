package io.jnewman.notifier;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a build summary into one Block Kit message, kept under Slack's limits (50 blocks, 3,000 characters a section,
 * 150 a header) by listing at most a few failures per owner and ending each cut list with a "+N more" line.
 */
public final class SummaryMessageComposer {

    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_HEADER_CHARS = 150;
    static final int MAX_FAILURES_PER_OWNER = 10;
    static final int MAX_MESSAGE_CHARS = 300;

    private static final DateTimeFormatter FALLBACK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public SlackMessage compose(BuildSummary summary) {
        BuildRun run = summary.result().run();
        List<LayoutBlock> blocks = new ArrayList<>();
        String environment = run.stage().orElse("unknown");
        blocks.add(header(h -> h.text(plainText(Mrkdwn.clip(headline(summary), MAX_HEADER_CHARS), true))));
        blocks.add(section(s -> s.fields(facts(summary, environment))));
        blocks.add(section(s -> s.text(markdownText(links(summary)))));
        if (!summary.result().hasReport()) {
            blocks.add(section(s -> s.text(markdownText(
                    "*No test report.* The build ended before jnewman wrote its JUnit report, so there are no test "
                            + "results: see the build log for the failing phase."))));
        } else if (!summary.failuresByOwner().isEmpty()) {
            blocks.add(divider());
            addFailureGroups(summary, blocks);
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(
                run.projectName() + buildName(run) + " · status " + run.status()))))));
        return new SlackMessage(fallbackText(summary, environment), blocks);
    }

    /** " build #12", or for a batch build " batch #3 of 4 builds" (one message for all its shards). */
    private static String buildName(BuildRun run) {
        String number = run.buildNumber() == null ? "" : " #" + run.buildNumber();
        if (run.isBatch()) return " batch" + number + " of " + run.builds() + (run.builds() == 1 ? " build" : " builds");
        return run.buildNumber() == null ? "" : " build" + number;
    }

    private static String headline(BuildSummary summary) {
        BuildRun run = summary.result().run();
        String status;
        if (!summary.result().hasReport()) {
            status = ":x: " + run.status() + ": no test report";
        } else if (summary.total() == 0) {
            status = ":warning: " + run.status() + ": the test report has no test cases";
        } else if ("STOPPED".equals(run.status())) {
            status = ":black_square_for_stop: stopped: " + summary.passed() + "/" + summary.total() + " passed";
        } else if (summary.allPassed()) {
            status = ":white_check_mark: passed: " + summary.passed() + "/" + summary.total();
        } else {
            status = ":x: " + run.status() + ": " + summary.failed() + " of " + summary.total() + " failed";
        }
        return run.projectName() + " " + status;
    }

    private static List<TextObject> facts(BuildSummary summary, String environment) {
        BuildRun run = summary.result().run();
        String result = summary.result().hasReport()
                ? summary.passed() + "/" + summary.total() + " passed · " + summary.failed() + " failed"
                        + (summary.skipped() > 0 ? " · " + summary.skipped() + " skipped" : "")
                : "no test report";
        Instant finished = run.endTime() != null ? run.endTime() : Instant.now();
        return List.of(
                markdownText("*Tests*\n" + result),
                markdownText("*Environment*\n" + Mrkdwn.escape(environment)),
                markdownText("*Finished*\n" + slackDate(finished)),
                markdownText("*Duration*\n" + duration(run.duration())));
    }

    private static String links(BuildSummary summary) {
        BuildRun run = summary.result().run();
        List<String> links = new ArrayList<>();
        for (TestReport report : summary.result().reports()) {
            links.add("<" + ConsoleLinks.report(report.arn()) + "|Test report>");
        }
        links.add("<" + ConsoleLinks.build(run.arn()) + (run.isBatch() ? "|Batch build>" : "|Build log>"));
        return String.join(" · ", links);
    }

    private static void addFailureGroups(BuildSummary summary, List<LayoutBlock> blocks) {
        List<BuildSummary.OwnerFailures> groups = summary.failuresByOwner();
        int room = MAX_BLOCKS - blocks.size() - 2; // keep room for the context block and a "+N more owners" line
        int shown = Math.min(groups.size(), room);
        for (int i = 0; i < shown; i++) {
            String text = ownerSection(groups.get(i));
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        if (shown < groups.size()) {
            int hiddenFailures = groups.subList(shown, groups.size()).stream()
                    .mapToInt(g -> g.failures().size()).sum();
            String more = "+" + (groups.size() - shown) + " more owners with " + hiddenFailures + " failures";
            blocks.add(section(s -> s.text(markdownText(more))));
        }
    }

    static String ownerSection(BuildSummary.OwnerFailures group) {
        Responsible owner = group.owner();
        int count = group.failures().size();
        StringBuilder text = new StringBuilder()
                .append('*').append(Mrkdwn.escape(owner.team())).append('*')
                .append(owner.mention().map(m -> " " + m).orElse(""))
                .append(" — ").append(count).append(count == 1 ? " failure" : " failures");
        int listed = 0;
        for (TestCase failure : group.failures()) {
            String line = "\n• " + failureLine(failure);
            String moreLine = "\n+" + count + " more"; // upper bound of the line that may close the list
            boolean lastRoom = listed == MAX_FAILURES_PER_OWNER
                    || text.length() + line.length() + moreLine.length() > MAX_SECTION_CHARS;
            if (lastRoom) {
                text.append("\n+").append(count - listed).append(" more");
                break;
            }
            text.append(line);
            listed++;
        }
        return text.toString();
    }

    private static String failureLine(TestCase failure) {
        String path = OwnerResolver.displayPath(failure);
        String where = path.isEmpty() ? "" : "*" + Mrkdwn.escape(Mrkdwn.clip(path, 120)) + "* — ";
        String line = where + Mrkdwn.escape(Mrkdwn.clip(failure.name(), 150));
        if ("ERROR".equals(failure.status())) {
            line += " (error)";
        }
        if (!failure.message().isBlank()) {
            line += "\n    _" + Mrkdwn.escape(Mrkdwn.clip(failure.message(), MAX_MESSAGE_CHARS)) + "_";
        }
        return line;
    }

    private static String fallbackText(BuildSummary summary, String environment) {
        BuildRun run = summary.result().run();
        if (!summary.result().hasReport()) {
            return run.projectName() + " on " + environment + ": " + run.status() + ", no test report";
        }
        return run.projectName() + " on " + environment + ": " + summary.passed() + "/" + summary.total()
                + " passed (" + run.status() + ")";
    }

    /** Slack renders the date in each reader's time zone; the text after '|' shows where it cannot. */
    static String slackDate(Instant instant) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK_TIME.format(instant)
                + ">";
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + seconds % 60 + "s";
        }
        return seconds / 3600 + "h " + (seconds % 3600) / 60 + "m";
    }
}
