package io.jnewman.script;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreeNamesTest {
    private static final LinkedHashSet<String> LEGACY = new LinkedHashSet<>(List.of("tests", "environment", "responseBody", "_", "Buffer"));

    @Test
    void findsFreeIdentifiersInCandidateOrder() {
        assertThat(FreeNames.mentioned("var x = JSON.parse(responseBody); tests['ok'] = _.isEmpty(x);", LEGACY))
                .isEqualTo("tests,responseBody,_");
    }

    @Test
    void propertyAccessAndLongerNamesAreNotMentions() {
        assertThat(FreeNames.mentioned("pm.environment.set('a', 1); var mytests = 2; var tests2 = 3; obj._ = 1;", LEGACY)).isEmpty();
    }

    @Test
    void namesInStringsCountAsMentionsLikeAnyOtherText() {
        // a superset is harmless: the legacy value is built but the script never reads it
        assertThat(FreeNames.mentioned("console.log('environment')", LEGACY)).isEqualTo("environment");
    }
}
