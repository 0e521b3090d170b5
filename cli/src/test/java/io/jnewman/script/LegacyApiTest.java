package io.jnewman.script;

import io.jnewman.model.KeyValue;
import io.jnewman.model.Variable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyApiTest extends SandboxTest {
    @Test
    void testsObjectBecomesAssertionsAfterPmTests() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"ok\":true}", KeyValue.of("Content-Type", "application/json"));
        run.test(sandbox,
                "tests['status'] = responseCode.code === 200;",
                "tests['body'] = JSON.parse(responseBody).ok;",
                "tests['failing'] = responseHeaders['Content-Type'] === 'text/plain';",
                "tests['zero'] = 0;",
                "pm.test('pm first', () => {});");
        assertThat(run.outcomes()).containsExactly("pass pm first", "pass status", "pass body",
                "FAIL failing | AssertionError: expected false to be truthy", "FAIL zero | AssertionError: expected 0 to be truthy");
        assertThat(run.assertions).extracting(Assertion::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void legacyGlobalsDescribeRequestAndResponse() {
        ScriptRun run = new ScriptRun().response(200, "OK", "x", KeyValue.of("X-H", "v"));
        run.info = new ScriptInfo(3, 4);
        run.test(sandbox,
                "tests['request'] = request.method === 'GET' && request.url === 'http://localhost:5055/get?a=1' && request.headers['x-test'] === 'yes';",
                "tests['time'] = responseTime === 12;",
                "tests['iteration'] = iteration === 3;",
                "tests['header'] = postman.getResponseHeader('x-h') === 'v';",
                "tests['code name'] = responseCode.name === 'OK';");
        assertThat(run.outcomes()).allMatch(o -> o.startsWith("pass"));
        assertThat(run.console).contains("warn:'Using \"request\" is deprecated. Use \"pm.request\" instead.'");
    }

    @Test
    void postmanVariableFunctions() {
        ScriptRun run = new ScriptRun();
        run.setEnv("old", "1");
        run.pre(sandbox,
                "postman.setEnvironmentVariable('n', 5);",
                "postman.setGlobalVariable('g', 'x');",
                "postman.clearEnvironmentVariable('old');",
                "console.log(postman.getEnvironmentVariable('n'), typeof environment, globals.g, data.missing);");
        assertThat(run.environment.get("n").textValue()).isEqualTo("5");
        assertThat(run.environment.has("old")).isFalse();
        assertThat(run.globals.get("g").textValue()).isEqualTo("x");
        assertThat(run.console).contains("log:'5' 'object' 'x' undefined");
    }

    @Test
    void dataObjectIsTheIterationRow() {
        ScriptRun run = new ScriptRun();
        run.data.replaceAll(List.of(Variable.of("user", "ann")));
        run.pre(sandbox, "tests['data'] = data.user === 'ann' && pm.iterationData.get('user') === 'ann';");
        assertThat(run.outcomes()).containsExactly("pass data");
    }
}
