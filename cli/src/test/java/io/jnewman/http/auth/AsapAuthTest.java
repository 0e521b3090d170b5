package io.jnewman.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsapAuthTest {
    private final AsapAuth asap = new AsapAuth(Signing.at("2026-01-01T00:00:00Z"));

    @Test
    void issuesASignedTokenWithTheAsapClaimsFromADataUriKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        String dataUri = "data:application/pkcs8;kid=svc%2Fkey1;base64,"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        SigningRequest signed = asap.sign(Signing.request("GET", "http://h/"), auth("asap", "kid", "svc/key1",
                "iss", "svc", "aud", "api", "exp", "600", "privateKey", dataUri, "claims", "{\"jti\":\"fixed\",\"x\":true}"));
        String token = signed.request().header("Authorization").substring("Bearer ".length());
        String[] parts = token.split("\\.");
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.toString()).isEqualTo("{\"alg\":\"RS256\",\"kid\":\"svc/key1\"}");
        assertThat(claims.toString()).isEqualTo("{\"jti\":\"fixed\",\"x\":true,\"iat\":1767225600,\"iss\":\"svc\","
                + "\"sub\":\"svc\",\"aud\":\"api\",\"exp\":1767226200}");
        assertThat(JwtAuthTest.verifies(token, "SHA256withRSA", pair)).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).contains("\"sub\":\"svc\"");
    }

    @Test
    void missingClaimsAreAnAuthError() {
        assertThatThrownBy(() -> asap.sign(Signing.request("GET", "http://h/"), auth("asap", "iss", "svc")))
                .isInstanceOf(AuthException.class).hasMessage("One or more of required claims missing");
    }
}
