package io.jnewman.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.load.LoadException;
import io.jnewman.testing.CliRun;
import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --secret values never reach a report, an export or the console, wherever the run used them. */
class SecretsTest {
    private static final String SECRET = "Sup3r secret/pa$$ word";
    private static final String TYPED_SECRET = "typed-env-secret-9f3";

    /** The secret in a header, the query, the body and a console.log; the echo sends it back in the response. */
    private static final String COLLECTION = """
            {"info": {"name": "secretive"}, "item": [{"name": "uses the secret",
              "request": {"method": "POST", "url": "{{baseUrl}}/echo?key={{token}}&other={{typed}}",
                "header": [{"key": "X-Token", "value": "{{token}}"}, {"key": "X-Typed", "value": "{{typed}}"}],
                "body": {"mode": "raw", "raw": "{\\"token\\": \\"{{token}}\\", \\"typed\\": \\"{{typed}}\\"}"}},
              "event": [{"listen": "test", "script": {"exec": [
                "console.log('token is', pm.environment.get('token'), pm.environment.get('typed'));",
                "pm.environment.set('copied', pm.response.json().headers['x-token']);",
                "pm.globals.set('copied', pm.response.json().args.key);",
                "pm.test('echoes ' + pm.environment.get('token'), () => pm.expect(pm.response.json().headers['x-token']).to.eql('nope'));"
              ]}}]}]}
            """;

    @Test
    void aSecretNeverAppearsInAnyReportExportOrConsoleOutput(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("c.json");
        Files.writeString(collection, COLLECTION);
        Path env = dir.resolve("env.json");
        Files.writeString(env, """
                {"name": "e", "values": [{"key": "typed", "value": "%s", "type": "secret"}]}""".formatted(TYPED_SECRET));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> console = new ArrayList<>();
        try (EchoServer server = new EchoServer()) {
            CliRun first = CliRun.of("run", collection.toString(), "-e", env.toString(),
                    "--env-var", "baseUrl=" + server.baseUrl(), "--secret", "token=" + SECRET,
                    "-r", "cli,json,junit,html", "--verbose", "--color", "off",
                    "--reporter-json-export", out.resolve("report.json").toString(),
                    "--reporter-junit-export", out.resolve("junit.xml").toString(),
                    "--reporter-html-export", out.resolve("report.html").toString(),
                    "--export-environment", out.resolve("env-out.json").toString(),
                    "--export-globals", out.resolve("globals-out.json").toString(),
                    "--export-cookie-jar", out.resolve("cookies.json").toString());
            CliRun second = CliRun.of("run", collection.toString(), "-e", env.toString(),
                    "--env-var", "baseUrl=" + server.baseUrl(), "--secret", "token=" + SECRET,
                    "-r", "cli,junit", "--reporter-junit-codebuild", "--verbose", "--color", "off",
                    "--reporter-junit-export", out.resolve("codebuild.xml").toString());
            assertThat(first.code()).isEqualTo(1);
            assertThat(second.code()).isEqualTo(1);
            // the run really used the secret: the server saw it, and the failed assertion is reported (masked)
            assertThat(server.seen()).anyMatch(line -> line.contains(URLEncoder.encode("pa$$", StandardCharsets.UTF_8))
                    || line.contains("pa$$"));
            assertThat(first.out()).contains("'token is', '***', '***'").contains("echoes ***");
            assertThat(Files.readString(out.resolve("codebuild.xml"))).contains("echoes ***");
            console.addAll(List.of(first.out(), first.err(), second.out(), second.err()));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(7);
        for (String secret : List.of(SECRET, TYPED_SECRET)) {
            List<String> forms = List.of(secret, secret.replace(" ", "%20"),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8), "pa$$", "typed-env");
            for (Path file : files) {
                String text = Files.readString(file);
                for (String form : forms) assertThat(text).as(file.getFileName() + " holds " + form).doesNotContain(form);
            }
            for (String text : console) {
                for (String form : forms) assertThat(text).as("console holds " + form).doesNotContain(form);
            }
        }
        assertThat(Files.readString(out.resolve("env-out.json"))).contains("\"value\" : \"***\"");
        // the json report keeps response bodies as byte arrays: the echoed secret is masked there too
        JsonNode data = new ObjectMapper().readTree(out.resolve("report.json").toFile())
                .at("/run/executions/0/response/stream/data");
        byte[] body = new byte[data.size()];
        for (int i = 0; i < body.length; i++) body[i] = (byte) data.get(i).asInt();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"x-token\":\"***\"").doesNotContain("pa$$");
    }

    @Test
    void secretEnvTakesTheValueFromTheProcessEnvironment() {
        Secrets secrets = Secrets.parse(List.of("a=from-flag=x"), List.of("API_KEY"), Map.of("API_KEY", "from-env"));
        assertThat(secrets.named()).containsEntry("a", "from-flag=x").containsEntry("API_KEY", "from-env");
    }

    @Test
    void aMissingSecretEnvVariableIsAnErrorWithoutItsName() {
        assertThatThrownBy(() -> Secrets.parse(List.of(), List.of("NOPE"), Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> Secrets.parse(List.of("no-equals"), List.of(), Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("NAME=VALUE");
    }

    @Test
    void aMissingSecretEnvIsAOneLineCliError(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("c.json");
        Files.writeString(collection, COLLECTION);
        CliRun run = CliRun.of("run", collection.toString(), "--secret-env", "JNEWMAN_SURELY_UNSET_VARIABLE");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: --secret-env JNEWMAN_SURELY_UNSET_VARIABLE: no such environment variable");
    }
}
