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
    void namesInStringsCommentsAndRegularExpressionsAreNotMentions() {
        String source = String.join("\n",
                "pm.test(\"echoes query of request 1 in the environment\", function () {});",
                "// tests are below",
                "/* responseBody */ var ok = /tests|_/.test('x') ? 1 : 2;",
                "var y = 'it\\'s environment';");
        assertThat(FreeNames.mentioned(source, LEGACY)).isEmpty();
    }

    @Test
    void divisionIsNotTakenForARegularExpression() {
        // after a value a slash divides, so the names after it are code
        assertThat(FreeNames.mentioned("var r = a / 2 / responseBody.length; var q = (b) / tests;", LEGACY))
                .isEqualTo("tests,responseBody");
    }

    @Test
    void templateLiteralsAndUnterminatedQuotesCountAsCode() {
        assertThat(FreeNames.mentioned("console.log(`${responseBody}`);", LEGACY)).isEqualTo("responseBody");
        // a quote that does not close on its line is not taken as a string, so nothing after it is lost
        assertThat(FreeNames.mentioned("var s = \"open\ntests['x'] = true;", LEGACY)).isEqualTo("tests");
    }

    @Test
    void optionalChainingAndSpreadAreHandled() {
        assertThat(FreeNames.mentioned("a?.environment; f(...tests);", LEGACY)).isEqualTo("tests");
    }

    @Test
    void aDirectEvalMayUseAnyName() {
        assertThat(FreeNames.mentioned("eval(pm.globals.get('lib'));", LEGACY)).isEqualTo("tests,environment,responseBody,_,Buffer");
    }
}
