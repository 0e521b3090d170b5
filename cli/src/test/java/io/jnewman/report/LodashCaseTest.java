package io.jnewman.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values from lodash 4 (_.words / _.camelCase) as Newman runs them. */
class LodashCaseTest {
    @Test
    void wordsBreakAtCaseChangesDigitsAndPunctuation() {
        assertThat(LodashCase.words("fooBar-baz_qux")).containsExactly("foo", "Bar", "baz", "qux");
        assertThat(LodashCase.words("HTTPRequest")).containsExactly("HTTP", "Request");
        assertThat(LodashCase.words("abc123def")).containsExactly("abc", "123", "def");
    }

    @Test
    void camelCase() {
        assertThat(LodashCase.camelCase("no-summary")).isEqualTo("noSummary");
        assertThat(LodashCase.camelCase("omit-responses")).isEqualTo("omitResponses");
        assertThat(LodashCase.camelCase("showTimestamps")).isEqualTo("showTimestamps");
        assertThat(LodashCase.camelCase("Users / Get user")).isEqualTo("usersGetUser");
        assertThat(LodashCase.camelCase("Crème brûlée")).isEqualTo("cremeBrulee");
    }
}
