package io.jnewman.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile scripts: each ends with a clear error and the same sandbox runs the next script normally. */
class ContainmentTest extends SandboxTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Java.type                 | Java.type('java.lang.Runtime').getRuntime().exec('id')           | ReferenceError | Java is not defined",
            "Polyglot.eval             | Polyglot.eval('js', '1')                                         | ReferenceError | Polyglot is not defined",
            "load                      | load('/etc/passwd')                                              | ReferenceError | load is not defined",
            "process                   | process.exit(1)                                                  | ReferenceError | process is not defined",
            "require fs                | require('fs').readFileSync('/etc/passwd')                        | Error          | Cannot find module 'fs'",
            "require child_process     | require('child_process')                                         | Error          | Cannot find module 'child_process'",
            "Packages                  | Packages.java.lang.System.exit(1)                                | ReferenceError | Packages is not defined",
            "host object reflection    | require.constructor('return this')().Java.type('java.lang.System') | TypeError    | Cannot read properties of undefined (reading 'type')",
            "infinite loop             | while (true) {}                                                  | Error          | sandbox: synchronous script execution timeout",
            "infinite promise chain    | (function f() { Promise.resolve().then(f); })()                  | Error          | sandbox: synchronous script execution timeout",
            "endless interval          | setInterval(() => {}, 1)                                         | Error          | sandbox: asynchronous script execution timeout",
            "deep recursion            | (function f() { f(); })()                                        | RangeError     | Maximum call stack size exceeded",
            "1 GB string               | 'x'.repeat(1 << 30)                                              | RangeError     | Invalid string length",
    })
    void hostileScriptIsContained(String label, String script, String errorName, String message) {
        ScriptRun run = new ScriptRun().timeout(1500);
        ScriptResult result = run.test(sandbox, script);
        assertThat(result.error()).as(label).isNotNull();
        assertThat(result.error().name()).as(label).isEqualTo(errorName);
        assertThat(result.error().message()).as(label).isEqualTo(message);

        ScriptRun next = new ScriptRun().response(200, "OK", "{}");
        ScriptResult after = next.test(sandbox, "pm.test('still usable', () => pm.response.to.have.status(200));");
        assertThat(after.error()).isNull();
        assertThat(next.outcomes()).containsExactly("pass still usable");
    }
}
