package io.jnewman.report.html;

import io.jnewman.model.KeyValue;
import io.jnewman.owners.Owner;
import io.jnewman.report.ItemOwners;
import io.jnewman.report.ReportContext;
import io.jnewman.report.ReportException;
import io.jnewman.report.ReporterOptions;
import io.jnewman.report.Reporters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReporterTest {
    @TempDir
    Path dir;

    static ReportContext context(Path dir) {
        return context(dir, ItemOwners.NONE);
    }

    static ReportContext context(Path dir, ItemOwners owners) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new ReportContext(sink, sink, false, false, false, false, dir,
                Clock.fixed(Instant.parse("2026-11-23T05:45:44.533Z"), ZoneOffset.UTC), ReportContext.NEWMAN_VERSION,
                null, owners);
    }

    /** Runs the sample through a reporter with these options and hooks; returns the report file's text. */
    private String report(SampleRun run, Map<String, Object> options, HtmlReportHooks hooks) throws IOException {
        run.finish();
        Map<String, Object> withExport = new java.util.HashMap<>(options);
        withExport.putIfAbsent("export", "out/report.html");
        HtmlReporter reporter = new HtmlReporter(new ReporterOptions(withExport), context(dir), hooks);
        run.replay(reporter::on);
        return Files.readString(dir.resolve("out/report.html"));
    }

    private static SampleRun oneFailure(String name, String body) {
        SampleRun run = SampleRun.users(1);
        run.iteration(0);
        run.item(0, "Get user").respond(200, "OK", "application/json", "{\"id\":1}", 12).pass("status is 200").done();
        run.item(0, "Create user").respond(500, "Internal Server Error", "text/html", body, 30).fail(name, "boom").done();
        run.endIteration(0);
        return run;
    }

    @Test
    void isRegisteredAsHtmlAndWritesToNewmansDefaultPath() {
        SampleRun run = oneFailure("status is 201", "oops");
        run.finish();
        var reporter = Reporters.create("html", ReporterOptions.none(), context(dir)).orElseThrow();
        run.replay(reporter::on);

        assertThat(reporter.name()).isEqualTo("html");
        assertThat(dir.resolve("newman/newman-run-report-2026-11-23-05-45-44-533-0.html")).isRegularFile();
    }

    @Test
    void namesTheOwningTeamFromTheRunsOwnersFileNextToFailures() throws IOException {
        SampleRun run = oneFailure("status is 201", "oops");
        run.finish();
        ItemOwners owners = item -> item.parent() != null && item.parent().name().equals("Users")
                ? Optional.of(new Owner("team-users", "S0123ABCD")) : Optional.empty();
        HtmlReporter reporter = new HtmlReporter(new ReporterOptions(Map.of("export", "r.html")), context(dir, owners));
        run.replay(reporter::on);
        Document doc = Jsoup.parse(Files.readString(dir.resolve("r.html")));

        assertThat(doc.select("details.request.failed .owner").text()).isEqualTo("owner: team-users");
        assertThat(doc.select("details.request.passed .owner")).isEmpty();
        assertThat(doc.select("#failures .owner").text()).isEqualTo("owner: team-users");
    }

    @Test
    void summaryShowsTheCountsAndThePassRate() throws IOException {
        Document doc = Jsoup.parse(report(oneFailure("status is 201", "oops"), Map.of(), HtmlReportHooks.none()));

        assertThat(doc.getElementById("requests-passed").text()).isEqualTo("1");
        assertThat(doc.getElementById("requests-failed").text()).isEqualTo("1");
        assertThat(doc.getElementById("pass-rate").text()).isEqualTo("50%");
        assertThat(doc.getElementById("verdict").text()).isEqualTo("failed");
        assertThat(doc.select("table.counts tr.has-failures th").eachText()).containsExactly("assertions");
        assertThat(doc.select(".passrate rect.passed").attr("width")).isEqualTo("500");
        assertThat(doc.select("details.request.failed .response-body").text()).isEqualTo("oops");
        assertThat(doc.select("#failures li .what").text()).isEqualTo("status is 201");
        assertThat(doc.select(".waterfall li")).hasSize(2);
    }

    @Test
    void htmlInNamesBodiesHeadersAndConsoleIsShownAsTextNeverAsMarkup() throws IOException {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";
        SampleRun run = new SampleRun("""
                {"info": {"name": "<b>coll</b>"},
                 "item": [{"name": "%s", "request": {"method": "GET", "url": "http://127.0.0.1:1/a?q=%s"}}]}
                """.formatted(attack.replace("\"", "\\\""), "%3Cscript%3E"), 1);
        run.iteration(0);
        run.item(0, attack).sentWith(List.of(KeyValue.of("X-Evil", attack)), 200, "OK", "text/html", attack, 5)
                .console("log", attack).fail(attack, attack).scriptError("test", "Error", attack).done();
        String html = report(run, Map.of(), HtmlReportHooks.none());
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").first().data()).isEqualTo(PageAssets.bundled().script());
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.title()).startsWith("<b>coll</b>");
        assertThat(doc.select("details.request .name").text()).isEqualTo(attack);
        assertThat(doc.select("details.request .response-body").text()).isEqualTo(attack);
        assertThat(doc.select("table.headers th:containsOwn(X-Evil) + td").text()).isEqualTo(attack);
        assertThat(doc.select(".console .text").text()).isEqualTo(attack);
        assertThat(doc.select(".assertions li.failed").text()).contains(attack);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img");
    }

    @Test
    void maskerHookReachesEveryStringTheReportWrites() throws IOException {
        String secret = "s3cr3t-value";
        SampleRun run = new SampleRun("""
                {"info": {"name": "coll s3cr3t-value"},
                 "item": [{"name": "login s3cr3t-value", "request": {"method": "POST",
                   "url": "http://127.0.0.1:1/login?key=s3cr3t-value",
                   "body": {"mode": "raw", "raw": "{\\"password\\":\\"s3cr3t-value\\"}"}}}]}
                """, 1);
        run.iteration(0);
        run.item(0, "login " + secret)
                .sentWith(List.of(KeyValue.of("Authorization", "Bearer " + secret)), 401, "Unauthorized", "application/json",
                        "{\"echo\":\"" + secret + "\"}", 5)
                .console("log", secret).fail("token " + secret, "expected " + secret)
                .scriptError("test", "Error", "bad " + secret).scriptRequest("http://127.0.0.1:1/?k=" + secret, 200, 1)
                .done();
        HtmlReportHooks hooks = new HtmlReportHooks(item -> Optional.of("owner " + secret),
                s -> s.replace(secret, "***"));
        String html = report(run, Map.of("showAllBodies", Boolean.TRUE), hooks);

        assertThat(html).doesNotContain(secret).doesNotContain("s3cr3t");
        assertThat(html).contains("Bearer ***", "key=***", "\"password\" : \"***\"", "owner ***", "login ***");
    }

    @Test
    void pageIsSelfContainedAndItsPolicyAllowsOnlyItsOwnStyleAndScript() throws IOException {
        Document doc = Jsoup.parse(report(oneFailure("t", "b"), Map.of(), HtmlReportHooks.none()));
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");

        assertThat(csp).startsWith("default-src 'none';")
                .contains("script-src '" + PageAssets.sha256(doc.select("script").first().data()) + "'")
                .contains("style-src '" + PageAssets.sha256(doc.select("style").first().data()) + "'");
        assertThat(doc.select("link, iframe, object, embed, img, [src]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(doc.select("[style]")).isEmpty();
    }

    @Test
    void everyAnchorTheFailureListAndWaterfallLinkToExists() throws IOException {
        Document doc = Jsoup.parse(report(oneFailure("t", "b"), Map.of(), HtmlReportHooks.none()));
        List<String> targets = doc.select("a.goto").eachAttr("href");

        assertThat(targets).hasSize(3);
        for (String target : targets) {
            Element section = doc.getElementById(target.substring(1));
            assertThat(section).isNotNull();
            assertThat(section.tagName()).isEqualTo("details");
        }
    }

    @Test
    void maxBodySizeOptionCapsBodies() throws IOException {
        Document doc = Jsoup.parse(report(oneFailure("t", "z".repeat(500)), Map.of("maxBodySize", "100"),
                HtmlReportHooks.none()));

        assertThat(doc.select(".response-body").text()).hasSize(100);
        assertThat(doc.select("details.request.failed .note").eachText()).contains("Cut to the first 100 characters; the whole body is 500B.");
    }

    @Test
    void aMaxBodySizeThatIsNotAPositiveNumberIsReportedAndTheDefaultKept() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ReportContext base = context(dir);
        ReportContext context = new ReportContext(base.out(), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, false, false, false, dir, base.clock(), base.exportVersion(), null, ItemOwners.NONE);
        new HtmlReporter(new ReporterOptions(Map.of("maxBodySize", "lots")), context);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("jnewman: --reporter-html-max-body-size expects a"
                + " positive number of characters, got \"lots\"; using 65536" + System.lineSeparator());
    }

    @Test
    void aFileThatCannotBeWrittenIsAOneLineReportError() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        SampleRun run = oneFailure("t", "b");
        run.finish();
        HtmlReporter reporter = new HtmlReporter(new ReporterOptions(Map.of("export", "blocker/r.html")), context(dir));

        assertThatThrownBy(() -> run.replay(reporter::on)).isInstanceOf(ReportException.class)
                .message().doesNotContain("\n");
    }

    @Test
    void aRunWithoutRequestsStillRendersItsSummary() throws IOException {
        SampleRun run = SampleRun.users(1);
        Document doc = Jsoup.parse(report(run, Map.of(), HtmlReportHooks.none()));

        assertThat(doc.getElementById("requests-passed").text()).isEqualTo("0");
        assertThat(doc.getElementById("pass-rate").text()).isEqualTo("–");
        assertThat(doc.getElementById("verdict").text()).isEqualTo("passed");
        assertThat(Stream.of(doc.select("#failures"))).allMatch(List::isEmpty);
    }
}
