package io.jnewman.script;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * One locked-down JavaScript context with the sandbox glue loaded: no host classes (only {@link SandboxHost}'s
 * exported methods), no files, processes, threads, native code, environment or other languages, and none of the
 * engine's shell builtins (load, print, Java, Polyglot, Graal). Libraries are evaluated on first require.
 */
final class SandboxContext implements AutoCloseable {
    private static final String[] GLUE = {"console.js", "models.js", "pm.js", "legacy.js"};

    private final Context context;
    private final Map<String, Value> libraries = new HashMap<>();
    private final Value api;
    private final SandboxHost host;

    SandboxContext(SharedEngine engine, SandboxOptions options) {
        context = Context.newBuilder("js")
                .engine(engine.engine())
                .allowHostAccess(HostAccess.EXPLICIT)
                .allowHostClassLookup(name -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowExperimentalOptions(true)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.graal-builtin", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.console", "false")
                .option("js.ecmascript-version", "2024")
                .build();
        host = new SandboxHost(this::library, options);
        Value jn = context.eval(LibrarySources.glue("runtime.js")).execute(host);
        for (String file : GLUE) context.eval(LibrarySources.glue(file)).execute(jn);
        api = context.eval(LibrarySources.glue("execute.js")).execute(jn);
    }

    private Value library(String name) {
        return libraries.computeIfAbsent(name, n -> {
            var source = LibrarySources.library(n);
            return source == null ? null : context.eval(source);
        });
    }

    SandboxHost host() {
        return host;
    }

    Value api() {
        return api;
    }

    Context context() {
        return context;
    }

    @Override
    public void close() {
        context.close(true);
    }
}
