package io.jnewman.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostmanApiTest {
    private static final String UID = "1234567-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    @Test
    void aUidWithAnApiKeyIsFetchedFromThePostmanApi() {
        PostmanApi.Source s = PostmanApi.resolve(UID, "collections", "PMAK-x");
        assertThat(s.location()).isEqualTo("https://api.postman.com/collections/" + UID);
        assertThat(s.headers()).isEqualTo(Map.of("X-Api-Key", "PMAK-x"));
    }

    @Test
    void aUidWithoutAnApiKeyIsAFileName() {
        assertThat(PostmanApi.resolve(UID, "collections", null).location()).isEqualTo(UID);
    }

    @Test
    void theApikeyQueryParameterMovesIntoAHeader() {
        PostmanApi.Source s = PostmanApi.resolve("https://api.getpostman.com/environments/e1?apikey=SECRET&x=1",
                "environments", null);
        assertThat(s.location()).isEqualTo("https://api.getpostman.com/environments/e1?x=1");
        assertThat(s.headers()).containsEntry("X-Api-Key", "SECRET");
    }

    @Test
    void otherUrlsAreLeftAlone() {
        assertThat(PostmanApi.resolve("https://example.com/c.json?apikey=1", "collections", null).headers()).isEmpty();
    }
}
