package io.jnewman.http.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;

/** Vectors from the Hawk reference implementation's README. */
class HawkAuthTest {
    private static final String ID = "dh37fgj492je";
    private static final String KEY = "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn";
    private final HawkAuth hawk = new HawkAuth(Signing.at("2020-01-01T00:00:00Z"));

    @Test
    void signsTheReadmeGetExample() throws Exception {
        SigningRequest signed = hawk.sign(Signing.request("GET", "http://example.com:8000/resource/1?b=1&a=2"),
                auth("hawk", "authId", ID, "authKey", KEY, "algorithm", "sha256", "timestamp", "1353832234",
                        "nonce", "j4h3g2", "extraData", "some-app-ext-data"));
        assertThat(signed.request().header("Authorization")).isEqualTo("Hawk id=\"dh37fgj492je\", ts=\"1353832234\", "
                + "nonce=\"j4h3g2\", ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\"");
    }

    @Test
    void signsTheReadmePayloadExample() throws Exception {
        assertThat(HawkAuth.payloadHash("Thank you for flying Hawk".getBytes(StandardCharsets.UTF_8), "sha256", "text/plain"))
                .isEqualTo("Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=");
        SigningRequest r = Signing.request("POST", "http://example.com:8000/resource/1?b=1&a=2", "Thank you for flying Hawk", null);
        r = r.withHeader("Content-Type", "text/plain");
        SigningRequest signed = hawk.sign(r, auth("hawk", "authId", ID, "authKey", KEY, "algorithm", "sha256",
                "timestamp", "1353832234", "nonce", "j4h3g2", "extraData", "some-app-ext-data", "includePayloadHash", "true"));
        assertThat(signed.request().header("Authorization"))
                .contains("hash=\"Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=\"")
                .endsWith("mac=\"aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=\"");
    }

    @Test
    void appAndDelegationAreAppendedAndUnknownAlgorithmsGiveAnEmptyHeader() throws Exception {
        SigningRequest signed = hawk.sign(Signing.request("GET", "https://example.com/x"), auth("hawk", "authId", ID,
                "authKey", KEY, "algorithm", "sha1", "timestamp", "1", "nonce", "n", "app", "a1", "delegation", "d1"));
        assertThat(signed.request().header("Authorization")).startsWith("Hawk id=\"dh37fgj492je\", ts=\"1\", nonce=\"n\", mac=\"")
                .endsWith("\", app=\"a1\", dlg=\"d1\"");
        SigningRequest bad = hawk.sign(Signing.request("GET", "https://example.com/x"), auth("hawk", "authId", ID,
                "authKey", KEY, "algorithm", "md5"));
        assertThat(bad.request().header("Authorization")).isEmpty();
    }
}
