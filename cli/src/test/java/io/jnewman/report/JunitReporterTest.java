package io.jnewman.report;

import io.jnewman.http.Exchange;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.Cursor;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;
import io.jnewman.run.RunTimings;
import io.jnewman.run.SummaryFixture;
import io.jnewman.script.Assertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JunitReporterTest {
    @TempDir
    Path dir;

    @Test
    void demoRunMatchesNewmansJunitFile() throws IOException {
        String xml = run(new DemoRun(), Map.of("export", "out/junit.xml"));
        // newman's file minus the Node stack frame it appends to request errors, which a JVM has no equivalent for
        assertThat(xml).isEqualTo(resource("newman-junit.xml"));
    }

    @Test
    void passingAfterAFailureErasesTheFailureButKeepsTheSuiteCount() throws IOException {
        String xml = run(new DemoRun(), Map.of("export", "out/junit.xml"));
        assertThat(xml).contains("tests=\"4\" failures=\"3\" errors=\"0\"")
                .contains("<testcase name=\"flaky\" time=\"0.021\" classname=\"UsersCreateUser\"/>");
    }

    @Test
    void requestsSentFromScriptsListTheExecutionAgain() throws IOException {
        Collection collection = DemoRun.load("demo-collection.json");
        Item item = collection.requestItems().get(0);
        Cursor c = new Cursor(0, 0, 1, 1, "ref", "h");
        List<RunEvent> events = new ArrayList<>();
        events.add(new RunEvent.RunStarted(collection, 1, DemoRun.STARTED));
        events.add(new RunEvent.ItemStarted(c, item));
        events.add(new RunEvent.RequestSent(c, item, new Exchange(DemoRun.sent("GET", "http://x/a"),
                DemoRun.response(200, "OK", 100, 3), null), true));
        events.add(new RunEvent.RequestSent(c, item, new Exchange(DemoRun.sent("GET", "http://x/b"),
                DemoRun.response(200, "OK", 40, 3), null), false));
        events.add(new RunEvent.AssertionMade(c, item, new Assertion("ok", 0, false, null)));
        events.add(new RunEvent.ItemFinished(c, item, false));
        RunSummary summary = SummaryFixture.summarize(events, collection, VariableScope.empty("environment"),
                VariableScope.empty("globals"), new RunTimings(0, 0, 0, 0, DemoRun.STARTED, DemoRun.STARTED), null);
        events.add(new RunEvent.RunFinished(summary));

        JunitReporter reporter = new JunitReporter(new ReporterOptions(Map.of("export", "j.xml")),
                new TestContexts(dir).context(false, false));
        events.forEach(reporter::on);
        String xml = Files.readString(dir.resolve("j.xml"));
        // like Newman: the execution appears twice, both times with the last response (40 ms)
        assertThat(xml).contains("<testsuites name=\"Demo API Suite\" tests=\"0\" time=\"0.080\">")
                .contains("tests=\"1\" failures=\"0\" errors=\"0\" time=\"0.040\"");
    }

    @Test
    void aRunWithoutExecutionsWritesAnEmptyRoot() throws IOException {
        Collection collection = DemoRun.load("demo-collection.json");
        RunSummary summary = SummaryFixture.summarize(List.of(), collection, VariableScope.empty("environment"),
                VariableScope.empty("globals"), new RunTimings(0, 0, 0, 0, 1, 1), null);
        JunitReporter reporter = new JunitReporter(new ReporterOptions(Map.of("export", "j.xml")),
                new TestContexts(dir).context(false, false));
        reporter.on(new RunEvent.RunFinished(summary));
        assertThat(Files.readString(dir.resolve("j.xml"))).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"Demo API Suite\" tests=\"0\" time=\"0.000\"/>");
    }

    @Test
    void withoutExportTheReportGoesToTheNewmanDirectory() throws IOException {
        DemoRun run = new DemoRun();
        JunitReporter reporter = new JunitReporter(ReporterOptions.none(), new TestContexts(dir).context(false, false));
        run.replay(reporter::on);
        assertThat(dir.resolve("newman/newman-run-report-2026-11-23-05-45-44-533-0.xml")).exists();
    }

    @Test
    void anUnwritableExportIsOneErrorLineAndTheRunGoesOn() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
        TestContexts io = new TestContexts(dir);
        JunitReporter reporter = new JunitReporter(new ReporterOptions(Map.of("export", "blocker/sub/j.xml")),
                io.context(false, false));
        new DemoRun().replay(reporter::on);
        assertThat(io.stderr()).startsWith("error: error creating path for file").doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void classNamesFollowLodashCamelCase() {
        assertThat(JunitReporter.className("Users / Create user", "c")).isEqualTo("UsersCreateUser");
        assertThat(JunitReporter.className("A simple GET request", "c")).isEqualTo("ASimpleGetRequest");
        assertThat(JunitReporter.className("getHTTPResponse v2", "c")).isEqualTo("GetHttpResponseV2");
        assertThat(JunitReporter.className("Café's menu", "c")).isEqualTo("CafesMenu");
        assertThat(JunitReporter.className("!!!", "My coll")).isEqualTo("MyColl");
    }

    private String run(DemoRun run, Map<String, Object> options) throws IOException {
        JunitReporter reporter = new JunitReporter(new ReporterOptions(options), new TestContexts(dir).context(false, false));
        run.replay(reporter::on);
        return Files.readString(dir.resolve(options.get("export").toString()));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = JunitReporterTest.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
