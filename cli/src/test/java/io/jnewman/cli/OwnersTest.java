package io.jnewman.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures name their owning team: in the cli failures table, the JSON report and the CodeBuild JUnit file. */
class OwnersTest {
    private static final String COLLECTION = """
            {"info": {"name": "owned"}, "item": [
              {"name": "Users", "item": [{"name": "Get user", "request": "{{baseUrl}}/users",
                "event": [{"listen": "test", "script": {"exec": ["pm.test('fails', () => pm.expect(1).to.eql(2));"]}}]}]},
              {"name": "Orders", "item": [{"name": "List orders", "request": "{{baseUrl}}/orders",
                "event": [{"listen": "test", "script": {"exec": ["pm.test('fails too', () => pm.expect(1).to.eql(2));"]}}]}]}]}
            """;

    @Test
    void failuresNameTheirOwnersFromTheOwnersFileNextToTheCollection(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("shop.postman_collection.json");
        Files.writeString(collection, COLLECTION);
        Files.writeString(dir.resolve("OWNERS"), """
                *.postman_collection.json        platform  S0PLATFORM
                shop.postman_collection.json/Users identity S0IDENTITY
                """);
        Path json = dir.resolve("report.json");
        Path junit = dir.resolve("junit.xml");
        try (EchoServer server = new EchoServer()) {
            CliRun run = CliRun.of("run", collection.toString(), "--env-var", "baseUrl=" + server.baseUrl(),
                    "-r", "cli,json,junit", "--reporter-json-export", json.toString(),
                    "--reporter-junit-export", junit.toString(), "--reporter-junit-codebuild", "--color", "off");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).contains("owner: identity").contains("owner: platform");
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/run/failures/0/owner/team").asText()).isEqualTo("identity");
        assertThat(report.at("/run/failures/1/owner/team").asText()).isEqualTo("platform");
        assertThat(Files.readString(junit)).contains("name=\"Users / Get user [owner: identity]\"")
                .contains("name=\"Orders / List orders [owner: platform]\"");
    }

    @Test
    void aBadOwnersLineIsAOneLineError(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("c.json");
        Files.writeString(collection, COLLECTION);
        Path owners = dir.resolve("owners.txt");
        Files.writeString(owners, "only-a-pattern\n");
        CliRun run = CliRun.of("run", collection.toString(), "--owners", owners.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: ").contains("owners.txt:1").doesNotContain("\n\tat ");
    }
}
