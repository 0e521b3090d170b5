package io.jnewman.http.auth;

import io.jnewman.model.Body;
import io.jnewman.model.KeyValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jnewman.http.auth.Signing.auth;
import static io.jnewman.http.auth.Signing.request;
import static org.assertj.core.api.Assertions.assertThat;

class OAuth1AuthTest {
    private final OAuth1Auth oauth1 = new OAuth1Auth(Signing.at("2020-01-01T00:00:00Z"));

    private static String[] photos(String... extra) {
        List<String> p = new ArrayList<>(List.of("consumerKey", "dpf43f3p2l4k3l03", "consumerSecret", "kd94hf93k423kf44",
                "token", "nnch734d00sl2jdk", "tokenSecret", "pfkkdhi9sl3r4s00", "signatureMethod", "HMAC-SHA1",
                "timestamp", "1191242096", "nonce", "kllo9940pd9333jh", "version", "1.0"));
        p.addAll(List.of(extra));
        return p.toArray(new String[0]);
    }

    @Test
    void signsTheOAuthCorePhotosExampleIntoTheHeader() throws Exception {
        SigningRequest signed = oauth1.sign(request("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original"),
                auth("oauth1", photos("addParamsToHeader", "true", "realm", "http://photos.example.net/")));
        assertThat(signed.request().header("Authorization")).isEqualTo("OAuth realm=\"http%3A%2F%2Fphotos.example.net%2F\","
                + "oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_token=\"nnch734d00sl2jdk\",oauth_signature_method=\"HMAC-SHA1\","
                + "oauth_timestamp=\"1191242096\",oauth_nonce=\"kllo9940pd9333jh\",oauth_version=\"1.0\","
                + "oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"");
        assertThat(signed.wireUrl()).isEqualTo("http://photos.example.net/photos?file=vacation.jpg&size=original");
    }

    @Test
    void buildsTheRfc5849SignatureBaseString() {
        List<String[]> params = List.of(new String[]{"c2", null}, new String[]{"a3", "2 q"},
                new String[]{"oauth_consumer_key", "9djdj82h48djs9d2"}, new String[]{"oauth_token", "kkk9d7dh3k39sjv7"},
                new String[]{"oauth_signature_method", "HMAC-SHA1"}, new String[]{"oauth_timestamp", "137131201"},
                new String[]{"oauth_nonce", "7d8f3e4a"});
        assertThat(OAuth1Auth.baseString("POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b", params))
                .isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D"
                        + "%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a"
                        + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
    }

    @Test
    void withoutHeaderPlacementGetParamsGoToTheQueryEncodedPerRfc3986() throws Exception {
        SigningRequest signed = oauth1.sign(request("GET", "http://photos.example.net/photos?file=vacation.jpg&size=original&x=a!b"),
                auth("oauth1", photos()));
        assertThat(signed.request().header("Authorization")).isNull();
        assertThat(signed.wireUrl()).startsWith("http://photos.example.net/photos?file=vacation.jpg&size=original&x=a%21b"
                + "&oauth_consumer_key=dpf43f3p2l4k3l03&oauth_token=nnch734d00sl2jdk&oauth_signature_method=HMAC-SHA1");
        assertThat(signed.wireUrl()).contains("&oauth_signature=");
    }

    @Test
    void postUrlencodedBodiesCarryTheParamsAndAreSigned() throws Exception {
        Body form = new Body("urlencoded", null, List.of(KeyValue.of("a", "1")), null, null, null, null, null, null, false);
        SigningRequest r = Signing.request("POST", "http://h/p");
        r = r.withRequest(r.request().withBody(form));
        SigningRequest signed = oauth1.sign(r, auth("oauth1", photos()));
        List<String> keys = signed.request().body().urlencoded().stream().map(KeyValue::key).toList();
        assertThat(keys).startsWith("a", "oauth_consumer_key").contains("oauth_signature");
        assertThat(signed.wireUrl()).isEqualTo("http://h/p");
    }

    @Test
    void plaintextAndBodyHashAndEmptyParams() throws Exception {
        SigningRequest plain = oauth1.sign(request("GET", "http://h/"), auth("oauth1", "consumerKey", "ck",
                "consumerSecret", "c s", "tokenSecret", "t&s", "signatureMethod", "PLAINTEXT", "addParamsToHeader", "true",
                "timestamp", "1", "nonce", "n"));
        assertThat(plain.request().header("Authorization")).isEqualTo("OAuth oauth_consumer_key=\"ck\","
                + "oauth_signature_method=\"PLAINTEXT\",oauth_timestamp=\"1\",oauth_nonce=\"n\","
                + "oauth_signature=\"c%2520s%26t%2526s\"");
        SigningRequest hashed = oauth1.sign(request("POST", "http://h/", "Hello World!", "text/plain"),
                auth("oauth1", photos("includeBodyHash", "true", "addParamsToHeader", "true")));
        // SHA-1 of "Hello World!" in base64
        assertThat(hashed.request().header("Authorization")).contains("oauth_body_hash=\"Lve95gjOVATpfV8EL5X4nxwjKHE%3D\"");
    }

    @Test
    void rsaSha256SignsWithThePrivateKey() throws Exception {
        java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        java.security.KeyPair pair = gen.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder()
                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        SigningRequest signed = oauth1.sign(request("GET", "http://h/r?a=1"), auth("oauth1", "consumerKey", "ck",
                "privateKey", pem, "signatureMethod", "RSA-SHA256", "addParamsToHeader", "true", "timestamp", "5",
                "nonce", "abc", "version", "1.0"));
        String header = signed.request().header("Authorization");
        String sig = java.net.URLDecoder.decode(header.replaceAll(".*oauth_signature=\"([^\"]*)\".*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        java.security.Signature verify = java.security.Signature.getInstance("SHA256withRSA");
        verify.initVerify(pair.getPublic());
        verify.update(OAuth1Auth.baseString("GET", "http://h/r?a=1", List.of(new String[]{"oauth_consumer_key", "ck"},
                new String[]{"oauth_signature_method", "RSA-SHA256"}, new String[]{"oauth_timestamp", "5"},
                new String[]{"oauth_nonce", "abc"}, new String[]{"oauth_version", "1.0"})).getBytes());
        assertThat(verify.verify(java.util.Base64.getDecoder().decode(sig))).isTrue();
    }
}
