package io.jnewman.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `jnewman run a.json b.json dir/`: one run, one merged report per reporter, one exit code. */
class SeveralCollectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EchoServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new EchoServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A collection whose one folder "Shared" holds one request to /name with a passing or failing test. */
    private Path collection(Path where, String file, String name, boolean passes, String extraScript) throws Exception {
        Files.createDirectories(where);
        Path path = where.resolve(file);
        String test = "pm.test('status', () => pm.expect(" + (passes ? "200" : "500") + ").to.eql(200));" + extraScript;
        Files.writeString(path, """
                {"info": {"_postman_id": "%s-id", "name": "%s"},
                 "variable": [{"key": "own", "value": "%s"}],
                 "item": [{"id": "same-id", "name": "Shared", "item": [{"id": "req-id", "name": "Get", "request": "{{baseUrl}}/%s/{{own}}",
                   "event": [{"listen": "test", "script": {"exec": [%s]}}]}]}]}
                """.formatted(name, name, name, name, JSON.writeValueAsString(test)));
        return path;
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--env-var", "baseUrl=" + server.baseUrl(), "--color", "off"));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void filesAndADirectoryRunInOrderIntoOneReportPerReporterWithOneExitCode() throws Exception {
        Path a = collection(dir, "a.json", "Alpha", true, "");
        Path b = collection(dir, "b.json", "Beta", false, "");
        Path more = dir.resolve("more");
        collection(more, "d.postman_collection.json", "Delta", true, "");
        collection(more, "c.postman_collection.json", "Gamma", true, "");
        Files.writeString(more.resolve("ignored.json"), "{\"not\": \"a collection\"}");
        Files.createDirectories(more.resolve("nested"));
        collection(more.resolve("nested"), "n.postman_collection.json", "Nested", true, "");
        Path json = dir.resolve("out/report.json");
        Path junit = dir.resolve("out/junit.xml");

        CliRun run = run("run", a.toString(), b.toString(), more.toString(), "-r", "cli,json,junit",
                "--reporter-json-export", json.toString(), "--reporter-junit-export", junit.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        // sorted by path inside the directory, not recursive, *.postman_collection.json preferred over other *.json
        assertThat(server.seen()).containsSubsequence("GET /Alpha/Alpha", "GET /Beta/Beta", "GET /Gamma/Gamma",
                "GET /Delta/Delta").doesNotContain("GET /Nested/Nested");
        String out = run.out();
        assertThat(out).startsWith("newman\n\n4 collections\n");
        assertThat(out).containsSubsequence("Alpha (collection 1/4)", "Beta (collection 2/4)",
                "Gamma (collection 3/4)", "Delta (collection 4/4)");
        // one summary table for the whole run: 4 requests, 1 failed assertion
        assertThat(count(out, "│ +requests │ +4 │ +0 │")).isEqualTo(1);
        assertThat(count(out, "│ +assertions │ +4 │ +1 │")).isEqualTo(1);

        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.at("/collection/info/name").asText()).isEqualTo("4 collections");
        assertThat(report.at("/collection/item")).extracting(n -> n.path("name").asText())
                .containsExactly("Alpha", "Beta", "Gamma", "Delta");
        assertThat(report.at("/run/executions")).hasSize(4);
        assertThat(report.at("/run/stats/requests/total").asInt()).isEqualTo(4);
        assertThat(report.at("/run/failures")).hasSize(1);
        assertThat(report.at("/run/failures/0/source/name").asText()).isEqualTo("Get");
        assertThat(report.path("collections")).extracting(n -> n.path("name").asText() + "@" + n.path("source").asText())
                .containsExactly("Alpha@" + a, "Beta@" + b, "Gamma@" + more.resolve("c.postman_collection.json"),
                        "Delta@" + more.resolve("d.postman_collection.json"));

        // equal folder and item ids in every collection: suites stay apart, named after their collection
        String xml = Files.readString(junit);
        assertThat(xml).contains("<testsuites name=\"4 collections\" tests=\"4\"")
                .contains("name=\"Alpha / Shared / Get\"", "name=\"Beta / Shared / Get\"",
                        "name=\"Gamma / Shared / Get\"", "name=\"Delta / Shared / Get\"")
                .contains("Collection name: Beta.").contains("Collection JSON ID: Beta-id.");
        assertThat(count(xml, "<testsuite ")).isEqualTo(4);
    }

    @Test
    void eachCollectionStartsFromTheGivenEnvironmentAndTheExportHoldsTheLastOnes() throws Exception {
        Path env = dir.resolve("env.json");
        Files.writeString(env, "{\"name\": \"stage\", \"values\": [{\"key\": \"counter\", \"value\": \"0\"}]}");
        String bump = "pm.environment.set('counter', String(Number(pm.environment.get('counter')) + 1));"
                + "pm.test('counter starts at 0', () => pm.expect(pm.environment.get('counter')).to.eql('1'));"
                + "pm.test('no leak', () => pm.expect(pm.environment.get('left')).to.eql(undefined));"
                + "pm.environment.set('left', pm.collectionVariables.get('own'));";
        Path a = collection(dir, "a.json", "Alpha", true, bump);
        Path b = collection(dir, "b.json", "Beta", true, bump);
        Path exported = dir.resolve("final-env.json");

        CliRun run = run("run", a.toString(), b.toString(), "-e", env.toString(), "--export-environment",
                exported.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(0);
        JsonNode values = JSON.readTree(exported.toFile()).path("values");
        List<String> pairs = new ArrayList<>();
        values.forEach(v -> pairs.add(v.path("key").asText() + "=" + v.path("value").asText()));
        assertThat(pairs).contains("counter=1", "left=Beta");
    }

    @Test
    void codebuildJunitNamesEachCaseAfterItsOwnCollectionFile() throws Exception {
        Path a = collection(dir, "alpha.postman_collection.json", "Alpha", true, "");
        Path b = collection(dir, "beta.postman_collection.json", "Beta", false, "");
        Path junit = dir.resolve("cb.xml");

        CliRun run = run("run", dir.toString(), "-r", "junit", "--reporter-junit-export", junit.toString(),
                "--reporter-junit-codebuild");

        assertThat(run.code()).isEqualTo(1);
        String xml = Files.readString(junit);
        assertThat(xml).contains("classname=\"alpha.postman_collection.json\"")
                .contains("classname=\"beta.postman_collection.json\"");
        // the suite stays the folder path, so owners are still found from the report alone
        assertThat(count(xml, "<testsuite name=\"Shared / Get\"")).isEqualTo(2);
    }

    @Test
    void aFolderNameRunsInTheCollectionsThatHaveItAndOneFoundNowhereIsAnError() throws Exception {
        Path a = collection(dir, "a.json", "Alpha", true, "");
        Path b = dir.resolve("b.json");
        Files.writeString(b, """
                {"info": {"name": "Beta"}, "item": [{"name": "Other", "item": [{"name": "x", "request": "{{baseUrl}}/beta-other"}]}]}
                """);

        CliRun run = run("run", a.toString(), b.toString(), "--folder", "Other");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("Beta (collection 1/1)").doesNotContain("Alpha");
        assertThat(server.seen()).contains("GET /beta-other");

        CliRun missing = run("run", a.toString(), b.toString(), "--folder", "Nowhere");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("error: Unable to find a folder or request in any collection: \"Nowhere\"");
    }

    @Test
    void parallelWorkersRunEachCollectionInTurn() throws Exception {
        Path a = collection(dir, "a.json", "Alpha", true, "");
        Path b = collection(dir, "b.json", "Beta", true, "");
        Path json = dir.resolve("parallel.json");
        CliRun run = run("run", a.toString(), b.toString(), "--parallel", "2", "-n", "2", "-r", "json",
                "--reporter-json-export", json.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(0);
        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.at("/run/executions")).extracting(e -> e.at("/item/name").asText() + "@"
                + e.at("/cursor/iteration").asInt()).containsExactly("Get@0", "Get@1", "Get@0", "Get@1");
        assertThat(report.at("/run/stats/iterations/total").asInt()).isEqualTo(4);
        assertThat(report.at("/run/stats/assertions/total").asInt()).isEqualTo(4);
    }

    @Test
    void theProgressBarCountsTheItemsOfEveryCollection() throws Exception {
        Path a = collection(dir, "a.json", "Alpha", true, "");
        Path b = collection(dir, "b.json", "Beta", true, "");
        CliRun run = run("run", a.toString(), b.toString(), "-r", "progress");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("| 1/1", "| 1/2", "| 2/2").doesNotContain("2/1");
    }

    @Test
    void aDirectoryWithoutCollectionFilesIsAOneLineError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = run("run", empty.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: collection could not be loaded: directory")
                .contains("has no *.postman_collection.json or *.json files").doesNotContain("\n");
    }

    @Test
    void oneCollectionPrintsNoCollectionHeaderAndNoCollectionsList() throws Exception {
        Path a = collection(dir, "a.json", "Alpha", true, "");
        Path json = dir.resolve("one.json");
        CliRun run = run("run", a.toString(), "-r", "cli,json", "--reporter-json-export", json.toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("newman\n\nAlpha\n").doesNotContain("(collection 1/1)");
        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.has("collections")).isFalse();
        assertThat(report.at("/collection/info/name").asText()).isEqualTo("Alpha");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
