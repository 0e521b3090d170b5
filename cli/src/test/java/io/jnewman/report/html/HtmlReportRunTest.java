package io.jnewman.report.html;

import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code jnewman run … -r cli,html} against a loopback echo server: the report of a real run. */
class HtmlReportRunTest {
    private static final String COLLECTION = """
            {"info": {"name": "echo run"}, "item": [
              {"name": "Users", "item": [
                {"name": "Find <b>user</b>", "request": {"method": "GET", "url": "{{baseUrl}}/users?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                  "header": [{"key": "X-Trace", "value": "trace-1"}]},
                 "event": [{"listen": "test", "script": {"exec": [
                   "console.log('looked up', pm.response.code);",
                   "pm.test('finds nobody', () => pm.expect(pm.response.json().args.q).to.eql('nobody'));"]}}]},
                {"name": "Create user", "request": {"method": "POST", "url": "{{baseUrl}}/users",
                  "header": [{"key": "Content-Type", "value": "application/json"}],
                  "body": {"mode": "raw", "raw": "{\\"name\\":\\"Ann\\"}"}},
                 "event": [{"listen": "test", "script": {"exec": [
                   "pm.test('echoes', () => pm.expect(pm.response.json().method).to.eql('POST'));"]}}]}]}]}
            """;

    @Test
    void aRealRunsReportShowsItsFailureWithBodyOwnerAndConsole(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("echo.postman_collection.json");
        Files.writeString(collection, COLLECTION);
        Files.writeString(dir.resolve("OWNERS"), "echo.postman_collection.json/Users identity S0IDENTITY\n");
        Path html = dir.resolve("out/report.html");
        try (EchoServer server = new EchoServer()) {
            CliRun run = CliRun.of("run", collection.toString(), "--env-var", "baseUrl=" + server.baseUrl(),
                    "-r", "cli,html", "--reporter-html-export", html.toString(), "--color", "off");
            assertThat(run.code()).isEqualTo(1);
        }
        Document doc = Jsoup.parse(Files.readString(html));

        assertThat(doc.getElementById("requests-passed").text()).isEqualTo("1");
        assertThat(doc.getElementById("requests-failed").text()).isEqualTo("1");
        assertThat(doc.getElementById("pass-rate").text()).isEqualTo("50%");
        var failed = doc.selectFirst("details.request.failed");
        assertThat(failed.select(".name").text()).isEqualTo("Users / Find <b>user</b>");
        assertThat(failed.select(".owner").text()).isEqualTo("owner: identity");
        assertThat(failed.select(".response-body").text()).contains("\"q\" : \"<script>alert(1)</script>\"");
        assertThat(failed.select("table.headers th:containsOwn(X-Trace) + td").text()).isEqualTo("trace-1");
        assertThat(failed.select(".console .text").text()).isEqualTo("'looked up' 200");
        assertThat(failed.select(".assertions li.failed").text()).contains("finds nobody", "AssertionError");
        var passed = doc.selectFirst("details.request.passed");
        assertThat(passed.select(".response-body")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("b")).isEmpty();
    }

    @Test
    void showAllBodiesKeepsThePassingRequestsBodies(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("echo.json");
        Files.writeString(collection, COLLECTION);
        try (EchoServer server = new EchoServer()) {
            CliRun run = CliRun.of("run", collection.toString(), "--env-var", "baseUrl=" + server.baseUrl(),
                    "-r", "html", "--reporter-html-export", dir.resolve("r.html").toString(),
                    "--reporter-html-show-all-bodies");
            assertThat(run.code()).isEqualTo(1);
        }
        Document doc = Jsoup.parse(Files.readString(dir.resolve("r.html")));
        var passed = doc.selectFirst("details.request.passed");

        assertThat(passed.select(".request-body").first().wholeText()).isEqualTo("{\n  \"name\" : \"Ann\"\n}");
        assertThat(passed.select(".response-body").text()).contains("\"method\" : \"POST\"");
    }
}
