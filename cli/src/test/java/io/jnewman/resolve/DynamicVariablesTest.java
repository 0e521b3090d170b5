package io.jnewman.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DynamicVariablesTest {
    @Test
    void everyPostmanDynamicVariableProducesANonEmptyValue() {
        DynamicVariables dynamic = new DynamicVariables();
        assertThat(dynamic.names()).hasSizeGreaterThanOrEqualTo(118);
        for (String name : dynamic.names()) {
            assertThat(dynamic.apply(name)).as(name).isNotBlank();
        }
    }

    @Test
    void isoTimestampIsUtcWithMilliseconds() {
        assertThat(new DynamicVariables().apply("$isoTimestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
    }

    @Test
    void unknownNamesAreNotResolved() {
        assertThat(new DynamicVariables().apply("$nope")).isNull();
    }
}
