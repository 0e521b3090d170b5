package io.jnewman.script;

import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's JavaScript from the classpath: the glue next to this class and the library bundles the build wrote to
 * {@code lib/} (one per module; '/' in a module name is stored as "__"). Sources are cached so every context of the
 * process shares the engine's parsed code.
 */
final class LibrarySources {
    private static final Map<String, Source> CACHE = new ConcurrentHashMap<>();

    private LibrarySources() {
    }

    static Source glue(String file) {
        return CACHE.computeIfAbsent("glue:" + file, k -> load(file, file));
    }

    /** The bundle of a module, or null when the build produced none. */
    static Source library(String module) {
        String file = "lib/" + module.replace("/", "__") + ".js";
        if (LibrarySources.class.getResource(file) == null) return null;
        return CACHE.computeIfAbsent("lib:" + module, k -> load(file, module + ".js"));
    }

    private static Source load(String resource, String name) {
        try (InputStream in = LibrarySources.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing sandbox resource " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("js", text, name).cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
