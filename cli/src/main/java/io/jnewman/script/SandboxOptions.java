package io.jnewman.script;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of a {@link GraalSandbox} for a whole run.
 *
 * @param packagesDir          folder that {@code pm.require(name)} reads package scripts from, or null to leave
 *                             pm.require undefined as Newman does
 * @param vault                secrets {@code pm.vault.get} returns, passed in by the caller (the sandbox never reads the
 *                             process environment itself); null leaves pm.vault undefined
 * @param defaultTimeoutMillis guard for scripts when the call sets no --timeout-script
 */
public record SandboxOptions(Path packagesDir, Map<String, String> vault, long defaultTimeoutMillis) {
    /** Ten minutes: long enough for polling scripts, short enough that a runaway script cannot hang a run forever. */
    public static final long DEFAULT_GUARD_MILLIS = 600_000;

    public SandboxOptions {
        vault = vault == null ? null : Map.copyOf(vault);
        defaultTimeoutMillis = defaultTimeoutMillis <= 0 ? DEFAULT_GUARD_MILLIS : defaultTimeoutMillis;
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(null, null, DEFAULT_GUARD_MILLIS);
    }
}
