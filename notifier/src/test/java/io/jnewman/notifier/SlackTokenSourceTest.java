package io.jnewman.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jnewman.notifier.fakes.FakeSecretsManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class SlackTokenSourceTest {

    private static String tokenOf(String secretValue, int reads) {
        try (FakeSecretsManager fake = new FakeSecretsManager(Map.of("s", secretValue));
             SecretsManagerClient client = SecretsManagerClient.builder().endpointOverride(fake.uri())
                     .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                     .build()) {
            SlackTokenSource source = new SlackTokenSource(client, "s");
            String token = null;
            for (int i = 0; i < reads; i++) {
                token = source.token();
            }
            assertThat(fake.operations()).containsExactly("GetSecretValue");
            return token;
        }
    }

    @Test
    void plainSecretIsTheTokenAndIsReadOnce() {
        assertThat(tokenOf(" xoxb-1 \n", 3)).isEqualTo("xoxb-1");
    }

    @Test
    void jsonSecretGivesItsTokenField() {
        assertThat(tokenOf("{\"token\":\"xoxb-2\"}", 1)).isEqualTo("xoxb-2");
    }

    @Test
    void jsonSecretWithoutTokenIsAClearError() {
        assertThatThrownBy(() -> tokenOf("{\"bot\":\"x\"}", 1))
                .hasMessage("secret s is JSON without a \"token\" field");
    }
}
