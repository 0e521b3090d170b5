package io.jnewman.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReporterOptionsParserTest {
    private static ReporterOptionsParser.Parsed parse(String... argv) {
        return ReporterOptionsParser.parse(List.of(argv), List.of("cli", "json", "junit"));
    }

    @Test
    void specificOptionsGoToTheirReporterCamelCased() {
        var p = parse("run", "c.json", "--reporter-cli-no-summary", "--reporter-junit-export", "out/j.xml", "-n", "2");
        assertThat(p.forReporter("cli").values()).isEqualTo(Map.of("noSummary", true));
        assertThat(p.forReporter("junit").string("export")).isEqualTo("out/j.xml");
        assertThat(p.forReporter("json").values()).isEmpty();
        assertThat(p.remainingArgs()).containsExactly("run", "c.json", "-n", "2");
    }

    @Test
    void valueAfterEqualsSign() {
        var p = parse("--reporter-json-export=r.json", "c.json");
        assertThat(p.forReporter("json").string("export")).isEqualTo("r.json");
        assertThat(p.remainingArgs()).containsExactly("c.json");
    }

    @Test
    void aFollowingOptionMakesItAFlag() {
        var p = parse("--reporter-cli-show-timestamps", "--bail", "--reporter-json-omit-responses");
        assertThat(p.forReporter("cli").flag("showTimestamps")).isTrue();
        assertThat(p.forReporter("json").flag("omitResponses")).isTrue();
        assertThat(p.remainingArgs()).containsExactly("--bail");
    }

    @Test
    void genericOptionsReachEveryReporterAndOverrideSpecificOnes() {
        var p = parse("--reporter-json-export", "specific.json", "--reporter-export", "generic.out");
        assertThat(p.forReporter("json").string("export")).isEqualTo("generic.out");
        assertThat(p.forReporter("cli").string("export")).isEqualTo("generic.out");
        assertThat(p.generic().values()).isEqualTo(Map.of("export", "generic.out"));
    }

    @Test
    void optionsOfReportersNotEnabledBecomeGenericAndNeverFail() {
        var p = ReporterOptionsParser.parse(List.of("--reporter-htmlextra-title", "T", "x"), List.of("cli"));
        assertThat(p.forReporter("cli").string("htmlextraTitle")).isEqualTo("T");
        assertThat(p.forReporter("htmlextra").values()).isEmpty();
        assertThat(p.remainingArgs()).containsExactly("x");
    }

    @Test
    void aReporterFlagDoesNotSwallowTheReportersList() {
        var p = parse("--reporters", "cli,json", "--reporter-cli-silent");
        assertThat(p.remainingArgs()).containsExactly("--reporters", "cli,json");
        assertThat(p.forReporter("cli").flag("silent")).isTrue();
    }
}
