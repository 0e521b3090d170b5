package io.jnewman.http;

import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UrlEncoderTest {
    private static String wire(String raw) {
        return UrlEncoder.toWire(Url.parse(raw), false);
    }

    @Test
    void defaultsToHttpAndLowerCasesSchemeAndHost() {
        assertThat(wire("Example.COM/a/B")).isEqualTo("http://example.com/a/B");
        assertThat(wire("HTTPS://h:8443")).isEqualTo("https://h:8443/");
    }

    @Test
    void pathUsesThePathEncodeSetAndKeepsExistingEscapes() {
        assertThat(wire("http://h/a b/{{x}}/\"q\"/%20/100%/ü/^|"))
                .isEqualTo("http://h/a%20b/%7B%7Bx%7D%7D/%22q%22/%20/100%/%C3%BC/^|");
    }

    @Test
    void queryUsesTheQueryEncodeSetAndKeepsUnresolvedVariables() {
        assertThat(wire("http://h/p?a=b c&q='x'&v={{v}}&e=&k&u=ü#frag ment"))
                .isEqualTo("http://h/p?a=b%20c&q=%27x%27&v={{v}}&e=&k&u=%C3%BC#frag%20ment");
    }

    @Test
    void disabledParametersAreDroppedAndAllDisabledMeansNoQuestionMark() {
        Url url = Url.parse("http://h/p").withQuery(List.of(new KeyValue("a", "1", true, null)));
        assertThat(UrlEncoder.toWire(url, false)).isEqualTo("http://h/p");
        Url empty = Url.parse("http://h/p").withQuery(List.of(KeyValue.of("", null)));
        assertThat(UrlEncoder.toWire(empty, false)).isEqualTo("http://h/p?");
    }

    @Test
    void pathVariablesAreSubstitutedKeepingSuffixesAndUnknownOnesStay() {
        Url url = Url.parse("http://h/:id/:file.json/:missing").withVariable(List.of(KeyValue.of("id", "7"),
                KeyValue.of("file.json", "data")));
        assertThat(UrlEncoder.toWire(url, false)).isEqualTo("http://h/7/data/:missing");
    }

    @Test
    void credentialsUseTheUserinfoSetAndHostsArePunycoded() {
        assertThat(wire("http://us er:p@ss@bücher.example/")).isEqualTo("http://us%20er:p%40ss@xn--bcher-kva.example/");
    }

    @Test
    void ipv4ShorthandsAreExpandedLikeTheWhatwgParser() {
        assertThat(wire("127.1:4041")).isEqualTo("http://127.0.0.1:4041/");
        assertThat(wire("http://0x7f.0.0.1/")).isEqualTo("http://127.0.0.1/");
        assertThat(wire("http://2130706433/")).isEqualTo("http://127.0.0.1/");
        assertThat(wire("http://1.2.3.4.5/")).isEqualTo("http://1.2.3.4.5/");
        assertThat(wire("http://example.com/")).isEqualTo("http://example.com/");
    }

    @Test
    void emptyQueryParametersAndReservedCharactersInKeysSurviveARoundTrip() {
        assertThat(wire("http://h/get?")).isEqualTo("http://h/get?");
        assertThat(wire("http://h/get?&&")).isEqualTo("http://h/get?&&");
        assertThat(wire("http://h/get?&foo")).isEqualTo("http://h/get?&foo");
        Url url = Url.parse("http://h/get").withQuery(List.of(KeyValue.of("q", "%23{{foo&bar}}%23"),
                KeyValue.of("b#a&r", null), KeyValue.of("k=1", "v=2&")));
        assertThat(url.toString()).isEqualTo("http://h/get?q=%23{{foo&bar}}%23&b%23a%26r&k%3D1=v=2%26");
        assertThat(Url.parse(url.toString()).query()).extracting(KeyValue::key).containsExactly("q", "b%23a%26r", "k%3D1");
    }

    @Test
    void parsingKeepsTrailingWhitespaceAndIgnoresSeparatorsInsideVariables() {
        Url url = Url.parse("  https://{{host}}/get?foo=\nbar\n&v={{a#b?c}}");
        assertThat(url.hostString()).isEqualTo("{{host}}");
        assertThat(url.query()).extracting(KeyValue::value).containsExactly("\nbar\n", "{{a#b?c}}");
        assertThat(url.hash()).isNull();
        assertThat(UrlEncoder.toWire(Url.parse("https://h/get?foo=\nbar\n"), false)).isEqualTo("https://h/get?foo=%0Abar%0A");
        Url withAuth = Url.parse("http://{{user}}:{{p@ss}}@{{host}}:{{port}}/x");
        assertThat(withAuth.auth()).isEqualTo("{{user}}:{{p@ss}}");
        assertThat(withAuth.port()).isEqualTo("{{port}}");
    }

    @Test
    void disableUrlEncodingSendsPartsAsTyped() {
        assertThat(UrlEncoder.toWire(Url.parse("http://h/a b?q=a b"), true)).isEqualTo("http://h/a b?q=a b");
    }
}
