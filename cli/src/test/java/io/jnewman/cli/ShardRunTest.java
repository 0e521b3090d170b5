package io.jnewman.cli;

import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** `--shard i/n` end to end: real runs against a loopback server; the requests it sees are the witness. */
class ShardRunTest {
    @TempDir
    Path dir;

    private List<Path> suite() throws Exception {
        Path a = dir.resolve("a.postman_collection.json");
        Files.writeString(a, """
                {"info": {"name": "A"}, "item": [
                  {"name": "Users", "item": [{"name": "u1", "request": "{{baseUrl}}/a/u1"}, {"name": "u2", "request": "{{baseUrl}}/a/u2"},
                                             {"name": "Deep", "item": [{"name": "u3", "request": "{{baseUrl}}/a/u3"}]}]},
                  {"name": "ping", "request": "{{baseUrl}}/a/ping"},
                  {"name": "Orders", "item": [{"name": "o1", "request": "{{baseUrl}}/a/o1"}, {"name": "o2", "request": "{{baseUrl}}/a/o2"}]}]}
                """);
        Path b = dir.resolve("b.postman_collection.json");
        Files.writeString(b, """
                {"info": {"name": "B"}, "item": [
                  {"name": "health", "request": "{{baseUrl}}/b/health"},
                  {"name": "Admin", "item": [{"name": "a1", "request": "{{baseUrl}}/b/a1"}]},
                  {"name": "version", "request": "{{baseUrl}}/b/version"}]}
                """);
        return List.of(a, b);
    }

    private static CliRun run(EchoServer server, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--env-var", "baseUrl=" + server.baseUrl(), "--color", "off"));
        return CliRun.of(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theShardsOfSeveralCollectionsTogetherSendEveryRequestExactlyOnce(int n) throws Exception {
        List<Path> suite = suite();
        Set<String> whole;
        try (EchoServer server = new EchoServer()) {
            assertThat(run(server, List.of("run", dir.toString())).code()).isZero();
            whole = new HashSet<>(server.seen());
        }
        assertThat(whole).hasSize(9);
        List<String> union = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            try (EchoServer server = new EchoServer()) {
                CliRun shard = run(server, List.of("run", suite.get(0).toString(), suite.get(1).toString(),
                        "--shard", i + "/" + n));
                assertThat(shard.code()).as(shard.err()).isZero();
                union.addAll(server.seen());
            }
        }
        assertThat(union).hasSize(9).doesNotHaveDuplicates();
        assertThat(new HashSet<>(union)).isEqualTo(whole);
    }

    @Test
    void aShardRunsWholeTopLevelFoldersOfOneCollection() throws Exception {
        Path a = suite().get(0);
        try (EchoServer server = new EchoServer()) {
            CliRun first = run(server, List.of("run", a.toString(), "--shard", "1/2"));
            assertThat(first.code()).isZero();
            assertThat(server.seen()).containsExactly("GET /a/u1", "GET /a/u2", "GET /a/u3");
            // a one-collection shard looks like a plain run of that collection
            assertThat(first.out()).startsWith("newman\n\nA\n").doesNotContain("(collection");
        }
        try (EchoServer server = new EchoServer()) {
            assertThat(run(server, List.of("run", a.toString(), "--shard", "2/2")).code()).isZero();
            assertThat(server.seen()).containsExactly("GET /a/ping", "GET /a/o1", "GET /a/o2");
        }
    }

    @Test
    void aShardWithoutWorkExitsZeroWithANote() throws Exception {
        Path b = suite().get(1);
        try (EchoServer server = new EchoServer()) {
            CliRun run = run(server, List.of("run", b.toString(), "--shard", "4/4", "-r", "cli,junit",
                    "--reporter-junit-export", dir.resolve("j.xml").toString()));
            assertThat(run.code()).isZero();
            assertThat(run.err().strip()).isEqualTo("jnewman: shard 4/4 has no work: the suite has 3 top-level "
                    + "folder(s) or request(s) to share among 4 shards; nothing was run");
            assertThat(run.out()).isEmpty();
            assertThat(server.seen()).isEmpty();
            assertThat(dir.resolve("j.xml")).doesNotExist();
        }
    }

    @Test
    void aShardSkipsTheCollectionsItHasNothingOf() throws Exception {
        List<Path> suite = suite();
        try (EchoServer server = new EchoServer()) {
            CliRun run = run(server, List.of("run", suite.get(0).toString(), suite.get(1).toString(), "--shard", "1/3"));
            assertThat(run.code()).isZero();
            assertThat(server.seen()).containsExactly("GET /a/u1", "GET /a/u2", "GET /a/u3");
            assertThat(run.out()).contains("A (collection 1/1)").doesNotContain("B (collection");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "x/y", "3"})
    void badShardValuesAreAOneLineUsageError(String value) throws Exception {
        CliRun run = CliRun.of("run", suite().get(0).toString(), "--shard", value);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().findFirst().orElse(""))
                .startsWith("error: ").contains("expected i/n with 1 <= i <= n, e.g. 2/4");
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
