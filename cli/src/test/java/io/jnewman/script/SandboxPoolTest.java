package io.jnewman.script;

import io.jnewman.model.KeyValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxPoolTest {
    /** Counts how many scripts run at once; each script holds its context until released. */
    private static final class HoldingSandbox implements ScriptSandbox {
        static final AtomicInteger running = new AtomicInteger();
        static final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release;
        boolean closed;

        HoldingSandbox(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public ScriptResult execute(ScriptCall call, ScriptObserver observer) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new ScriptResult(call.request(), null, null, false);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void neverRunsMoreScriptsAtOnceThanContextsAndGrowsOnlyWhenAllAreBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HoldingSandbox first = new HoldingSandbox(release);
        List<HoldingSandbox> made = new ArrayList<>();
        SandboxPool pool = new SandboxPool(first, () -> {
            HoldingSandbox s = new HoldingSandbox(release);
            synchronized (made) {
                made.add(s);
            }
            return s;
        }, 2);
        ExecutorService workers = Executors.newFixedThreadPool(6);
        List<Future<ScriptResult>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(workers.submit(() -> pool.execute(new ScriptCall("test", null, null, null, null, null, null, 0, null), new ScriptRun())));
        }
        Thread.sleep(300);
        assertThat(HoldingSandbox.running.get()).isEqualTo(2);
        release.countDown();
        for (Future<ScriptResult> f : results) assertThat(f.get(10, TimeUnit.SECONDS).error()).isNull();
        workers.shutdown();
        assertThat(HoldingSandbox.most.get()).isEqualTo(2);
        assertThat(pool.size()).isEqualTo(2);
        assertThat(made).hasSize(1);
        pool.close();
        assertThat(made.get(0).closed).isTrue();
        assertThat(first.closed).as("the caller's sandbox is the caller's to close").isFalse();
    }

    @Test
    void workersSharingOneRealContextEachSeeTheirOwnResponseAndScopes() throws Exception {
        try (GraalSandbox sandbox = new GraalSandbox(); SandboxPool pool = new SandboxPool(sandbox, GraalSandbox::new, 1)) {
            ExecutorService workers = Executors.newFixedThreadPool(4);
            List<Future<ScriptRun>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                runs.add(workers.submit(() -> {
                    ScriptRun run = new ScriptRun().response(200, "OK", "{\"n\":" + n + "}", KeyValue.of("Content-Type", "application/json"));
                    for (int k = 0; k < 3; k++) {
                        run.test(pool, "pm.environment.set('seen', (pm.environment.get('seen') || 0) + 1);",
                                "pm.test('own body', function () { pm.expect(pm.response.json().n).to.eql(" + n + "); });");
                    }
                    return run;
                }));
            }
            for (Future<ScriptRun> f : runs) {
                ScriptRun run = f.get(60, TimeUnit.SECONDS);
                assertThat(run.assertions).hasSize(3).allSatisfy(a -> assertThat(a.passed()).isTrue());
                assertThat(run.environment.get("seen").asInt()).isEqualTo(3);
            }
            workers.shutdown();
            assertThat(pool.size()).isEqualTo(1);
        }
    }
}
