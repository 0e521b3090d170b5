package io.jnewman.http.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtAuthTest {
    private final JwtAuth jwt = new JwtAuth();

    static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    static boolean verifies(String token, String algorithm, KeyPair pair) throws Exception {
        String[] parts = token.split("\\.");
        Signature s = Signature.getInstance(algorithm);
        if (algorithm.equals("RSASSA-PSS")) {
            s.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                    java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        }
        s.initVerify(pair.getPublic());
        s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return s.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void hs256MatchesTheWellKnownExampleToken() throws Exception {
        SigningRequest signed = jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "HS256",
                "secret", "your-256-bit-secret", "header", "{\"alg\":\"none\",\"typ\":\"JWT\"}",
                "payload", "{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}"));
        assertThat(signed.request().header("Authorization")).isEqualTo("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    }

    @Test
    void base64SecretQueryPlacementAndPrefix() throws Exception {
        String secret = Base64.getEncoder().encodeToString("your-256-bit-secret".getBytes(StandardCharsets.UTF_8));
        SigningRequest query = jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "HS256",
                "secret", secret, "isSecretBase64Encoded", "true", "addTokenTo", "queryParam", "queryParamKey", "jwt"));
        assertThat(query.wireUrl()).startsWith("http://h/?jwt=eyJhbGciOiJIUzI1NiJ9.e30.");
        SigningRequest prefixed = jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "HS384",
                "secret", "s", "headerPrefix", "JWT"));
        assertThat(prefixed.request().header("Authorization")).startsWith("JWT eyJhbGciOiJIUzM4NCJ9.");
    }

    @Test
    void rsPsAndEsTokensVerifyWithThePublicKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rsaPair = rsa.generateKeyPair();
        String rs = token("RS256", pem(rsaPair));
        assertThat(verifies(rs, "SHA256withRSA", rsaPair)).isTrue();
        String ps = token("PS256", pem(rsaPair));
        assertThat(verifies(ps, "RSASSA-PSS", rsaPair)).isTrue();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ecPair = ec.generateKeyPair();
        String es = token("ES256", pem(ecPair));
        assertThat(Base64.getUrlDecoder().decode(es.split("\\.")[2])).hasSize(64);
        assertThat(verifies(es, "SHA256withECDSAinP1363Format", ecPair)).isTrue();
    }

    private String token(String algorithm, String privateKey) throws Exception {
        return jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", algorithm, "privateKey", privateKey,
                "payload", "{\"a\":1}")).request().header("Authorization").substring(7);
    }

    @Test
    void badInputIsAnAuthError() {
        assertThatThrownBy(() -> jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "HS256")))
                .isInstanceOf(AuthException.class).hasMessage("Invalid secret key. Enter a valid key.");
        assertThatThrownBy(() -> jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "XX1")))
                .hasMessage("invalid algorithm");
        assertThatThrownBy(() -> jwt.sign(Signing.request("GET", "http://h/"), auth("jwt", "algorithm", "HS256",
                "secret", "s", "payload", "{not json"))).hasMessageStartingWith("jwt: the payload is not valid JSON");
    }
}
