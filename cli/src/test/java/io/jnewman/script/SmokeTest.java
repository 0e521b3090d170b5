package io.jnewman.script;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() {
        try (GraalSandbox sandbox = new GraalSandbox()) {
            long t0 = System.nanoTime();
            ScriptRun run = new ScriptRun().response(200, "OK", "{\"a\":1}");
            ScriptResult r = run.test(sandbox, "pm.test('status', () => pm.response.to.have.status(200));",
                    "pm.test('bad', () => pm.expect(pm.response.json().a).to.eql(2));",
                    "console.log('hi', {a:1}); tests['legacy'] = responseCode.code === 200; const x = 1;");
            System.out.println("first " + (System.nanoTime() - t0) / 1e6 + " ms " + r);
            System.out.println(run.outcomes() + " " + run.console);
            ScriptResult r2 = run.test(sandbox, "const data = 1;");
            System.out.println(r2);
            ScriptResult r3 = run.test(sandbox, "undefinedFn()");
            System.out.println(r3);
        }
    }
}
