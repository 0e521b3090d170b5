package io.jnewman.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripts that differ only in their literals share one compiled template ({@link LiteralTemplate}); nothing a script
 * can see tells it so.
 */
class LiftedScriptsTest extends SandboxTest {
    private static String script(String id, String tag) {
        return "pm.test('echoes " + id + "', function () { pm.expect(pm.response.json().id).to.eql(" + id + ");"
                + " pm.expect('" + tag + "').to.equal(\"" + tag + "\"); });"
                + " pm.environment.set('last', '" + tag + "\\u0021');";
    }

    @Test
    void scriptsSharingATemplateEachSeeTheirOwnLiterals() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"id\":12}");
        run.test(sandbox, script("12", "beta"));
        assertThat(run.environment.get("last").asText()).isEqualTo("beta!");
        run.test(sandbox, script("13", "gamma"));
        run.test(sandbox, script("12", "delta"));
        assertThat(run.outcomes()).containsExactly("pass echoes 12",
                "FAIL echoes 13 | AssertionError: expected 12 to deeply equal 13", "pass echoes 12");
        assertThat(run.environment.get("last").asText()).isEqualTo("delta!");
    }

    @Test
    void aFunctionsSourceIsTheScriptsOwnText() {
        // the shared-utilities pattern: a function stored in a variable as its source, to be eval'ed later
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox,
                "pm.globals.set('utils', function utils() { return { greet: () => 'hello ' + 42 + \"!\" }; } + '');",
                "const f = () => ['item-1', 1234]; console.log(f.toString(), String(f));",
                "console.log(Function.prototype.toString.toString());");
        assertThat(run.globals.get("utils").asText()).isEqualTo("function utils() { return { greet: () => 'hello ' + 42 + \"!\" }; }");
        assertThat(run.console).containsExactly(
                "log:\"() => ['item-1', 1234]\" \"() => ['item-1', 1234]\"",
                "log:'function toString() { [native code] }'");
    }

    @Test
    void errorMessagesQuoteTheScriptsOwnText() {
        // member keys are not lifted, so a message that renders a member expression renders the source's keys
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox,
                "const o = { list: ['abc', 'def'] };",
                "pm.test('not a function', function () { o.list.concat('xyz', 12345).slice(1)[0](); });",
                "pm.test('not a constructor', function () { new o['list'](); });",
                "pm.test('index', function () { o.list[12345](); });");
        assertThat(run.outcomes()).containsExactly(
                "FAIL not a function | TypeError: o.list.concat(...).slice(...)[0] is not a function",
                "FAIL not a constructor | TypeError: o[\"list\"] is not a constructor",
                "FAIL index | TypeError: o.list[12345] is not a function");
    }

    @Test
    void aScriptThatDoesNotCompileReportsItsOwnText() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        ScriptResult result = run.test(sandbox, "pm.test('broken', function () { pm.expect('long literal' 42); });");
        assertThat(result.error()).isNotNull();
        assertThat(result.error().name()).isEqualTo("SyntaxError");
        assertThat(result.error().message()).doesNotContain(String.valueOf(LiteralTemplate.MARK));
    }
}
