package io.jnewman.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathPatternTest {

    private static boolean matches(String pattern, String... path) {
        return PathPattern.compile(pattern).matches(List.of(path));
    }

    @Test
    void collectionNameAloneOwnsEverythingInIt() {
        assertThat(matches("smoke.postman_collection.json", "smoke.postman_collection.json")).isTrue();
        assertThat(matches("smoke.postman_collection.json", "smoke.postman_collection.json", "Users", "Get")).isTrue();
        assertThat(matches("smoke.postman_collection.json", "other.postman_collection.json", "Users")).isFalse();
    }

    @Test
    void folderPatternOwnsItsRequestsButNotSiblings() {
        assertThat(matches("smoke.json/Users", "smoke.json", "Users", "Get user")).isTrue();
        assertThat(matches("smoke.json/Users", "smoke.json", "Orders", "Get order")).isFalse();
        assertThat(matches("smoke.json/Users/Get user", "smoke.json", "Users")).isFalse();
    }

    @Test
    void singleStarStaysInsideOneSegment() {
        assertThat(matches("*.postman_collection.json/Users", "a.postman_collection.json", "Users", "x")).isTrue();
        assertThat(matches("smoke.json/*/Delete", "smoke.json", "Users", "Delete")).isTrue();
        assertThat(matches("smoke.json/*/Delete", "smoke.json", "Users", "Admin", "Delete")).isFalse();
        assertThat(matches("smoke.json/Get*", "smoke.json", "Get user")).isTrue();
    }

    @Test
    void questionMarkMatchesOneCharacter() {
        assertThat(matches("smoke.json/v?", "smoke.json", "v2")).isTrue();
        assertThat(matches("smoke.json/v?", "smoke.json", "v10")).isFalse();
    }

    @Test
    void doubleStarSpansAnyNumberOfSegments() {
        assertThat(matches("smoke.json/**/Delete", "smoke.json", "Delete")).isTrue();
        assertThat(matches("smoke.json/**/Delete", "smoke.json", "Users", "Admin", "Delete")).isTrue();
        assertThat(matches("smoke.json/**/Delete", "smoke.json", "Users", "Create")).isFalse();
        assertThat(matches("**/Login", "any.json", "Auth", "Login")).isTrue();
    }

    @Test
    void escapesMakeSpacesSlashesAndStarsLiteral() {
        assertThat(matches("smoke.json/Get\\ user", "smoke.json", "Get user")).isTrue();
        assertThat(matches("smoke.json/a\\/b", "smoke.json", "a/b")).isTrue();
        assertThat(matches("smoke.json/a\\/b", "smoke.json", "a", "b")).isFalse();
        assertThat(matches("smoke.json/\\*", "smoke.json", "*")).isTrue();
        assertThat(matches("smoke.json/\\*", "smoke.json", "x")).isFalse();
    }

    @Test
    void regexCharactersInNamesAreLiteral() {
        assertThat(matches("smoke.json/a.b(c)", "smoke.json", "a.b(c)")).isTrue();
        assertThat(matches("smoke.json/a.b", "smoke.json", "axb")).isFalse();
    }

    @Test
    void leadingAndTrailingSlashesAreIgnored() {
        assertThat(matches("/smoke.json/Users/", "smoke.json", "Users", "x")).isTrue();
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> PathPattern.compile("smoke.json//Users"))
                .hasMessageContaining("empty path segment");
        assertThatThrownBy(() -> PathPattern.compile("smoke.json/a**"))
                .hasMessageContaining("'**' must be a whole path segment");
        assertThatThrownBy(() -> PathPattern.compile("/")).hasMessage("empty pattern");
    }
}
