package io.jnewman.script;

import io.jnewman.model.KeyValue;

import java.util.List;

/**
 * Start-up and per-script cost of the sandbox. Not a unit test: run it as a main, e.g.
 * {@code java -cp … io.jnewman.script.SandboxBenchmark [iterations]}.
 */
public final class SandboxBenchmark {
    private static final String[] TYPICAL_TEST = {
            "pm.test('Status code is 200', function () { pm.response.to.have.status(200); });",
            "pm.test('Body has id', function () { var json = pm.response.json(); pm.expect(json.id).to.eql(7); });",
            "pm.test('Content-Type is JSON', function () { pm.response.to.have.header('Content-Type'); });",
            "pm.environment.set('lastId', pm.response.json().id);"};

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long t0 = System.nanoTime();
        GraalSandbox sandbox = new GraalSandbox();
        sandbox.warmUp();
        long started = System.nanoTime();
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"id\":7,\"name\":\"x\"}", KeyValue.of("Content-Type", "application/json"));
        run.test(sandbox, TYPICAL_TEST);
        long first = System.nanoTime();
        report("sandbox start-up (engine, context, glue, chai)", started - t0);
        report("first typical test script", first - started);

        if (args.length > 1) {
            // one script only, e.g. for a profiler: SandboxBenchmark N "pm.test('empty', function () {});"
            rounds(sandbox, run, iterations, 3, "the given script", args[1]);
            sandbox.close();
            return;
        }
        rounds(sandbox, run, iterations, 3, "typical test script", TYPICAL_TEST);
        rounds(sandbox, run, iterations, 2, "one empty pm.test (the glue's own cost)", "pm.test('empty', function () {});");
        long distinct = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            run.test(sandbox, "pm.test('distinct " + i + "', function () { pm.expect(pm.response.code).to.equal(200); });");
        }
        report("distinct one-test scripts (compile + run), mean of 100", (System.nanoTime() - distinct) / 100);
        // scripts that differ only in their literals, as in generated collections: one template, many sources
        for (int round = 1; round <= 3; round++) {
            long begin = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                int n = round * iterations + i;
                run.test(sandbox, "pm.test('Status code is 200', function () { pm.response.to.have.status(200); });",
                        "pm.test('Body has id " + n + "', function () { var json = pm.response.json(); pm.expect(json.id).to.not.eql(" + n + "); });",
                        "pm.environment.set('lastId', '" + n + "');");
            }
            report("scripts differing in literals only, mean of " + iterations + " (round " + round + ")",
                    (System.nanoTime() - begin) / iterations);
        }
        for (String module : List.of("lodash", "moment", "crypto-js", "cheerio", "xml2js", "ajv", "postman-collection")) {
            long b = System.nanoTime();
            run.test(sandbox, "require('" + module + "');");
            report("first require('" + module + "')", System.nanoTime() - b);
        }
        sandbox.close();
    }

    /** Runs the script {@code iterations} times per round and reports each round's mean. */
    private static void rounds(GraalSandbox sandbox, ScriptRun run, int iterations, int rounds, String what, String... script) {
        for (int round = 1; round <= rounds; round++) {
            long begin = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                run.assertions.clear();
                run.test(sandbox, script);
            }
            report(what + ", mean of " + iterations + " (round " + round + ")", (System.nanoTime() - begin) / iterations);
        }
    }

    private static long lastCpu;

    /** Wall time, and the process's CPU time since the previous line (the machine may be shared). */
    private static void report(String what, long nanos) {
        long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("%-62s %10.2f ms wall %10.2f ms cpu%n", what, nanos / 1e6, (cpu - lastCpu) / 1e6);
        lastCpu = cpu;
    }

    private SandboxBenchmark() {
    }
}
