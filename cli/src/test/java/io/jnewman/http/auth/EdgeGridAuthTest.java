package io.jnewman.http.auth;

import io.jnewman.model.KeyValue;
import org.junit.jupiter.api.Test;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Akamai EdgeGrid test-suite credentials; expected signatures computed with postman-runtime 7.39.1's own
 * edgegrid authorizer, which Newman uses.
 */
class EdgeGridAuthTest {
    private static final String BASE = "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net";
    private final EdgeGridAuth edgegrid = new EdgeGridAuth(Signing.at("2020-01-01T00:00:00Z"));

    private static String[] credentials(String... extra) {
        java.util.List<String> p = new java.util.ArrayList<>(java.util.List.of(
                "clientToken", "akab-client-token-xxx-xxxxxxxxxxxxxxxx", "accessToken", "akab-access-token-xxx-xxxxxxxxxxxxxxxx",
                "clientSecret", "SOMESECRET", "timestamp", "20140321T19:34:21+0000", "nonce", "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
        p.addAll(java.util.List.of(extra));
        return p.toArray(new String[0]);
    }

    @Test
    void simpleGets() throws Exception {
        assertThat(edgegrid.sign(Signing.request("GET", BASE + "/"), auth("edgegrid", credentials()))
                .request().header("Authorization")).isEqualTo("EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;"
                + "access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;"
                + "nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature=MY1mmxCqlyWh8XrFw3kxSlb6/AxJUXsjtZm6xqzmkjE=");
        assertThat(edgegrid.sign(Signing.request("GET", BASE + "/testapi/v1/t1"), auth("edgegrid", credentials()))
                .request().header("Authorization")).endsWith("signature=kOpXF0kTxwI8KJZIrdH4Ys91oHOBZ/UhQQBHjDfs4QI=");
    }

    @Test
    void postSignsTheBodyHashAndTheChosenHeaders() throws Exception {
        SigningRequest r = Signing.request("POST", BASE + "/testapi/v1/t3", "datadatadatadatadatadatadatadata", "text/plain")
                .withHeader("X-Test1", "test-simple-header");
        assertThat(edgegrid.sign(r, auth("edgegrid", credentials("headersToSign", "X-Test1"))).request().header("Authorization"))
                .endsWith("signature=N5UdOrkiF1GHFK2050i38NhFAF481tZjVCk3e1K6P7Q=");
    }

    @Test
    void missingCredentialsSignNothingAndHeaderValuesAreCanonicalized() throws Exception {
        assertThat(edgegrid.sign(Signing.request("GET", BASE + "/"), auth("edgegrid", "clientToken", "x"))
                .request().header("Authorization")).isNull();
        assertThat(EdgeGridAuth.canonicalHeaders("X-A, x-b,x-none", java.util.List.of(KeyValue.of("x-a", "  one   two "),
                KeyValue.of("X-B", "3")))).isEqualTo("x-a:one two\tx-b:3");
    }
}
