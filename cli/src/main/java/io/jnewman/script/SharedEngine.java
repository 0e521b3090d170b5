package io.jnewman.script;

import org.graalvm.polyglot.Engine;

import java.io.OutputStream;

/**
 * The process-wide GraalJS engine: parsed library code is shared by every context made from it. On a stock JDK
 * GraalJS runs in interpreter mode; the warning about that is switched off because it is the expected setup.
 */
final class SharedEngine {
    private static volatile SharedEngine instance;
    private final Engine engine;

    private SharedEngine() {
        engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .logHandler(OutputStream.nullOutputStream())
                .build();
    }

    static SharedEngine get() {
        SharedEngine e = instance;
        if (e == null) {
            synchronized (SharedEngine.class) {
                if (instance == null) instance = new SharedEngine();
                e = instance;
            }
        }
        return e;
    }

    Engine engine() {
        return engine;
    }
}
