package io.jnewman.notifier.fakes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a deployed Lambda jar in its own JVM the way the Lambda runtime does: an invoker class from the test classes
 * reads the event on stdin and prints the handler's answer. The process sees no AWS_* variable of the test's own
 * environment, only test credentials, eu-west-1 and what the caller adds (AWS_ENDPOINT_URL_* for the fakes).
 */
public final class LambdaJarProcess {
    /** What the process printed, its stderr, and whether it finished within a minute. */
    public record Result(String out, String err, boolean finished) {
    }

    private LambdaJarProcess() {
    }

    public static Result run(Path jar, Class<?> invoker, Map<String, String> environment, String event)
            throws IOException, InterruptedException {
        ProcessBuilder lambda = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar + File.pathSeparator + Path.of("target", "test-classes"),
                invoker.getName());
        Map<String, String> env = lambda.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        Map<String, String> all = new HashMap<>(Map.of(
                "AWS_REGION", "eu-west-1",
                "AWS_ACCESS_KEY_ID", "AKIDTEST",
                "AWS_SECRET_ACCESS_KEY", "secret-test"));
        all.putAll(environment);
        env.putAll(all);
        Path log = Files.createTempFile("lambda", ".log");
        try {
            Process process = lambda.redirectError(log.toFile()).start();
            process.getOutputStream().write(event.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            return new Result(out, Files.readString(log), finished);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
