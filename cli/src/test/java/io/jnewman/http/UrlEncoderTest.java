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
    void disableUrlEncodingSendsPartsAsTyped() {
        assertThat(UrlEncoder.toWire(Url.parse("http://h/a b?q=a b"), true)).isEqualTo("http://h/a b?q=a b");
    }
}
