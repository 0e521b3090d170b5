package io.jnewman.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {
    @Test
    void masksEveryOccurrenceOfTheRawValue() {
        assertThat(SecretMasker.of(List.of("hunter22")).apply("a hunter22 b hunter22")).isEqualTo("a *** b ***");
    }

    @Test
    void masksUrlEncodedJsonEscapedXmlEscapedAndBase64Forms() {
        SecretMasker masker = SecretMasker.of(List.of("p a\"s<s&"));
        assertThat(masker.apply("?k=p+a%22s%3Cs%26")).isEqualTo("?k=***");
        assertThat(masker.apply("?k=p%20a%22s%3Cs&")).isEqualTo("?k=***");
        assertThat(masker.apply("{\"k\":\"p a\\\"s<s&\"}")).isEqualTo("{\"k\":\"***\"}");
        assertThat(masker.apply("<a k=\"p a&quot;s&lt;s&amp;\"/>")).isEqualTo("<a k=\"***\"/>");
        String base64 = Base64.getEncoder().encodeToString("p a\"s<s&".getBytes(StandardCharsets.UTF_8));
        assertThat(masker.apply("x " + base64)).isEqualTo("x ***");
    }

    @Test
    void masksTheLongerOfTwoOverlappingSecretsWhole() {
        assertThat(SecretMasker.of(List.of("abcd", "abcdefgh")).apply("abcdefgh")).isEqualTo("***");
    }

    @Test
    void masksTextBodiesAndLeavesBinaryOnesIntact() {
        SecretMasker masker = SecretMasker.of(List.of("hunter22"));
        assertThat(new String(masker.applyToText("{\"k\":\"hunter22\"}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("{\"k\":\"***\"}");
        byte[] binary = {(byte) 0xff, 'h', 'u', 'n', 't', 'e', 'r', '2', '2'};
        assertThat(masker.applyToText(binary)).isSameAs(binary);
    }

    @Test
    void ignoresValuesShorterThanFourCharacters() {
        SecretMasker masker = SecretMasker.of(List.of("abc", ""));
        assertThat(masker.masksNothing()).isTrue();
        assertThat(masker.apply("abc")).isEqualTo("abc");
    }
}
