package io.jnewman.mock;

import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MockServerTest {
    private static Collection quickstart;

    @BeforeAll
    static void load() {
        quickstart = CollectionLoader.load(Path.of("..", "collections", "quickstart", "quickstart.postman_collection.json").toString());
    }

    private static HttpResponse<String> send(MockServer mock, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithTheSavedExampleForMethodAndPath() throws Exception {
        try (MockServer mock = MockServer.start(quickstart, 0)) {
            HttpResponse<String> users = send(mock, "GET", "/users");
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains("Ada Lovelace");
            assertThat(users.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(send(mock, "POST", "/users").statusCode()).isEqualTo(201);
            assertThat(send(mock, "GET", "/users/1").body()).contains("\"id\": 1");
        }
    }

    @Test
    void unknownRoutesGet404WithAReason() throws Exception {
        try (MockServer mock = MockServer.start(quickstart, 0)) {
            HttpResponse<String> missing = send(mock, "DELETE", "/users");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("no saved example matches DELETE /users");
        }
    }
}
