package io.jnewman.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runaway allocation ends that script with an error and the next script runs: checked in a 256 MB JVM. */
class HeapContainmentTest {
    @Test
    void allocationBombIsStoppedAndTheSandboxGoesOn() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HeapExhaustionProbe.class.getName())).redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) p.destroyForcibly();
        assertThat(done).as("probe finished").isTrue();
        assertThat(out).contains("bomb: RangeError: sandbox: script stopped because the heap is nearly exhausted");
        assertThat(out).contains("next: pass after");
    }
}
