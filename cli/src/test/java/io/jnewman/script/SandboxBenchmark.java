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
            for (int round = 0; round < 3; round++) {
                long begin = System.nanoTime();
                for (int i = 0; i < iterations; i++) {
                    run.assertions.clear();
                    run.test(sandbox, args[1]);
                }
                report("the given script, mean of " + iterations, (System.nanoTime() - begin) / iterations);
            }
            sandbox.close();
            return;
        }
        for (int round = 0; round < 3; round++) {
            long begin = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                run.assertions.clear();
                run.test(sandbox, TYPICAL_TEST);
            }
            report("typical test script, mean of " + iterations + " (round " + (round + 1) + ")", (System.nanoTime() - begin) / iterations);
        }
        for (int round = 0; round < 2; round++) {
            long begin = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                run.assertions.clear();
                run.test(sandbox, "pm.test('empty', function () {});");
            }
            report("one empty pm.test (the glue's own cost), mean of " + iterations, (System.nanoTime() - begin) / iterations);
        }
        long distinct = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            run.test(sandbox, "pm.test('distinct " + i + "', function () { pm.expect(pm.response.code).to.equal(200); });");
        }
        report("distinct one-test scripts (compile + run), mean of 100", (System.nanoTime() - distinct) / 100);
        for (String module : List.of("lodash", "moment", "crypto-js", "cheerio", "xml2js", "ajv", "postman-collection")) {
            long b = System.nanoTime();
            run.test(sandbox, "require('" + module + "');");
            report("first require('" + module + "')", System.nanoTime() - b);
        }
        sandbox.close();
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
