package io.jnewman.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runaway allocation ends that script with an error and the next script runs: checked in a 256 MB JVM. The heap guard
 * usually stops the script first (RangeError); when an allocation outruns it, the JVM's OutOfMemoryError reaches the
 * script as "Java heap space" instead. Either way the script fails alone and the sandbox goes on, which is the point.
 */
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
        assertThat(out).containsAnyOf("bomb: RangeError: sandbox: script stopped because the heap is nearly exhausted",
                "Java heap space");
        assertThat(out).doesNotContain("bomb: no error");
        assertThat(out).contains("next: pass after");
    }
}
