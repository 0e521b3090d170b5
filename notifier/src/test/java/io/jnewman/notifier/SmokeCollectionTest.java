package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.owners.Owner;
import io.jnewman.owners.Owners;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's smoke collection and stage environments, which the buildspec runs: each folder has the owner
 * collections/OWNERS names for it, every request tests something against {{baseUrl}} and keeps a saved example so the
 * collection runs offline with {@code --mock}, and every stage has an environment that sets baseUrl.
 */
class SmokeCollectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COLLECTION = Path.of("..", "collections", "smoke.postman_collection.json");

    private static JsonNode collection() throws IOException {
        return JSON.readTree(COLLECTION.toFile());
    }

    @Test
    void foldersAreOwnedByTheTeamsTheOwnersFileNames() throws IOException {
        Owners owners = Owners.load(Path.of("..", "collections", Owners.FILE_NAME));
        List<String> folderOwners = new ArrayList<>();
        for (JsonNode folder : collection().path("item")) {
            String name = folder.path("name").asText();
            folderOwners.add(name + "=" + owners.ownerOf(COLLECTION.getFileName().toString(), List.of(name, "x"))
                    .map(Owner::team).orElse("?"));
        }
        assertThat(folderOwners).containsExactly("Health=platform", "Users=identity", "Orders=payments");
    }

    @Test
    void everyRequestTestsBaseUrlAndKeepsAnExampleForTheMock() throws IOException {
        List<JsonNode> requests = new ArrayList<>();
        collection().path("item").forEach(folder -> folder.path("item").forEach(requests::add));
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5);
        for (JsonNode item : requests) {
            String name = item.path("name").asText();
            assertThat(item.at("/request/url/raw").asText()).as(name).startsWith("{{baseUrl}}/");
            assertThat(item.at("/event/0/listen").asText()).as(name).isEqualTo("test");
            assertThat(item.at("/event/0/script/exec").toString()).as(name).contains("pm.test(");
            JsonNode example = item.at("/response/0");
            assertThat(example.at("/originalRequest/url/raw").asText()).as(name)
                    .isEqualTo(item.at("/request/url/raw").asText());
            assertThat(example.path("code").asInt()).as(name).isBetween(200, 299);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "staging", "production"})
    void everyStageHasAnEnvironmentSettingBaseUrl(String stage) throws IOException {
        JsonNode env = JSON.readTree(Path.of("..", "environments", stage + ".postman_environment.json").toFile());
        List<String> baseUrls = new ArrayList<>();
        env.path("values").forEach(v -> {
            if (v.path("key").asText().equals("baseUrl") && v.path("enabled").asBoolean(true)) {
                baseUrls.add(v.path("value").asText());
            }
        });
        assertThat(baseUrls).singleElement().asString().startsWith(stage.equals("local") ? "http://127.0.0.1:3000" : "https://");
    }
}
