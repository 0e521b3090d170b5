package io.jnewman.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sugar loads on the first touch of a name it adds; a load the script timeout cuts short must not lose those names. */
class SugarLoadTest {
    @Test
    void aSugarLoadCutShortByTheScriptTimeoutIsRetriedByTheNextScript() {
        try (GraalSandbox sandbox = new GraalSandbox()) {
            // the synchronous part gets 1 s at least: spend most of it, then touch Sugar so its load is interrupted
            ScriptResult first = new ScriptRun().timeout(1).test(sandbox,
                    "const start = Date.now(); while (Date.now() - start < 950) {}",
                    "'abc'.has('b');");
            assertThat(first.error().message()).contains("timeout");

            ScriptRun second = new ScriptRun();
            ScriptResult result = second.test(sandbox,
                    "pm.test('sugar', () => pm.expect('abc'.has('b') && [1, 2, 3].average() === 2).to.be.true);");
            assertThat(result.error()).isNull();
            assertThat(second.outcomes()).containsExactly("pass sugar");
        }
    }
}
