package io.jnewman.load;

import io.jnewman.model.Url;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestJsonTest {
    @Test
    void urlIsWrittenAsPostmanCollectionWritesIt() {
        // newman 6.2.2's JSON report for this URL: credentials as {user, password} first, the hash after the path
        Url url = Url.parse("http://u:p@localhost:5055/get?a=1#frag");
        assertThat(RequestJson.urlToJson(url).toString()).isEqualTo(
                "{\"auth\":{\"user\":\"u\",\"password\":\"p\"},\"protocol\":\"http\",\"port\":\"5055\",\"path\":[\"get\"],"
                        + "\"hash\":\"frag\",\"host\":[\"localhost\"],\"query\":[{\"key\":\"a\",\"value\":\"1\"}],\"variable\":[]}");
    }

    @Test
    void urlCredentialsSurviveTheTripThroughJson() {
        for (String raw : new String[]{"http://u:p@localhost/x", "http://only-user@localhost/x", "http://localhost/x"}) {
            Url url = Url.parse(raw);
            assertThat(RequestJson.urlFromJson(RequestJson.urlToJson(url)).auth()).as(raw).isEqualTo(url.auth());
        }
    }
}
