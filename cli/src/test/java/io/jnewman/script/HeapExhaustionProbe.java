package io.jnewman.script;

/**
 * Runs an allocation bomb and then an ordinary script in one sandbox, printing both outcomes; started by
 * {@link HeapContainmentTest} in a JVM with a small heap.
 */
public final class HeapExhaustionProbe {
    public static void main(String[] args) {
        try (GraalSandbox sandbox = new GraalSandbox()) {
            ScriptRun bomb = new ScriptRun().timeout(120_000);
            ScriptResult r = bomb.test(sandbox, "const keep = []; while (true) keep.push(new Array(100000).fill(1.5));");
            System.out.println("bomb: " + (r.error() == null ? "no error" : r.error().name() + ": " + r.error().message()));
            ScriptRun next = new ScriptRun().response(200, "OK", "{}");
            ScriptResult after = next.test(sandbox, "pm.test('after', () => pm.response.to.have.status(200));");
            System.out.println("next: " + (after.error() == null ? String.join(",", next.outcomes()) : after.error().message()));
        }
    }

    private HeapExhaustionProbe() {
    }
}
