package io.jnewman.script;

import io.jnewman.load.RequestJson;
import io.jnewman.model.Request;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs Postman scripts on GraalJS. One context per sandbox (so per run): chai and the glue load once, other libraries
 * on first use, compiled scripts are cached. A script runs its synchronous part, then its event loop (timers,
 * pm.sendRequest and cookie-jar callbacks) until nothing is pending or its time is up. Timeouts and runaway
 * allocation interrupt the script and leave the context usable; anything else that breaks the context replaces it.
 */
public final class GraalSandbox implements ScriptSandbox {
    private static final long SYNC_FLOOR_MILLIS = 1000;
    private final SandboxOptions options;
    private final ScheduledExecutorService watchdog;
    private Future<SandboxContext> starting;
    private SandboxContext sandbox;
    private volatile boolean scriptWaiting;

    public GraalSandbox() {
        this(SandboxOptions.defaults());
    }

    public GraalSandbox(SandboxOptions options) {
        this.options = options == null ? SandboxOptions.defaults() : options;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jnewman-script-watchdog");
            t.setDaemon(true);
            return t;
        });
        HeapGuard.install();
        Future<SandboxContext> early = PREPARED.getAndSet(null);
        if (early != null) {
            // started at process entry (see prepare); it takes this run's options before its first script
            starting = watchdog.submit(() -> {
                SandboxContext context = early.get();
                context.host().options(this.options);
                return context;
            });
        } else {
            // the context starts in the background (engine, glue, chai, a warm-up script) while the run loads its inputs
            starting = watchdog.submit(() -> newContext(true));
        }
    }

    private static final AtomicReference<Future<SandboxContext>> PREPARED = new AtomicReference<>();

    /**
     * Starts the engine and a first script context (glue and chai loaded) on a background thread at process entry,
     * so that their start overlaps parsing the command line, loading the inputs and the first request. The first
     * sandbox made afterwards takes that context and gives it its options; later ones start their own.
     */
    public static void prepare() {
        FutureTask<SandboxContext> task = new FutureTask<>(() -> new SandboxContext(SharedEngine.get(), SandboxOptions.defaults()));
        if (!PREPARED.compareAndSet(null, task)) return;
        Thread t = new Thread(task, "jnewman-sandbox-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The warm-up script pays for itself only while nothing waits for the context: it makes the first real script
     * faster by about its own cost. Once a script waits (a fast loopback run), it is skipped.
     */
    private SandboxContext newContext(boolean warmUp) {
        SandboxContext created = new SandboxContext(SharedEngine.get(), options);
        if (!warmUp || scriptWaiting) return created;
        created.host().attach(new ScriptExecution(WarmUpScript.call(), WarmUpScript.IGNORE));
        try {
            created.api().invokeMember("start", WarmUpScript.call().script().source(), created.host().currentMeta());
        } catch (RuntimeException ignored) {
            // warming up is best effort
        } finally {
            created.host().attach(null);
        }
        return created;
    }

    /** Waits until the sandbox is ready to run scripts (so start-up can be measured). */
    public void warmUp() {
        context();
    }

    private SandboxContext context() {
        if (sandbox == null && starting != null) {
            scriptWaiting = true;
            try {
                sandbox = starting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the script sandbox started", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the script sandbox could not start: " + e.getCause().getMessage(), e.getCause());
            } finally {
                starting = null;
            }
        }
        if (sandbox == null) sandbox = newContext(false);
        return sandbox;
    }

    @Override
    public ScriptResult execute(ScriptCall call, ScriptObserver observer) {
        String source = call.script() == null ? "" : call.script().source();
        if (source.isBlank()) return new ScriptResult(call.request(), null, null, false);
        ScriptExecution execution = new ScriptExecution(call, observer);
        SandboxContext sc = context();
        long timeout = call.timeoutMillis() > 0 ? call.timeoutMillis() : options.defaultTimeoutMillis();
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.MILLISECONDS.toNanos(timeout);
        // Newman cannot stop a script's synchronous part at all, so a tiny --timeout-script never fails a quick
        // synchronous script there; here the synchronous part gets at least SYNC_FLOOR_MILLIS before it is stopped
        long syncDeadline = begin + TimeUnit.MILLISECONDS.toNanos(Math.max(timeout, SYNC_FLOOR_MILLIS));
        AtomicBoolean outOfMemory = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        boolean async = false;
        boolean broken = false;
        boolean exhausted = false;
        sc.host().attach(execution);
        try (AutoCloseable ignored = HeapGuard.watch(() -> {
            // a late notification must not stop the next script: checking and interrupting happen under the same
            // lock the script takes to finish, so an interrupt never outlives its script
            synchronized (running) {
                if (running.get()) {
                    outOfMemory.set(true);
                    interrupt(sc, cancelled);
                }
            }
        })) {
            guarded(sc, syncDeadline, cancelled, () -> sc.api().invokeMember("start", source, execution.meta(),
                    sc.host().vaultEnabled(), sc.host().packagesEnabled()));
            async = true;
            while (!execution.skipped()) {
                double delay = sc.api().invokeMember("nextDelay").asDouble();
                if (delay < 0) break;
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0 || delay > remaining) {
                    if (remaining > 0) Thread.sleep(remaining);
                    execution.error(ScriptErrors.timeout(true));
                    break;
                }
                if (delay > 0) Thread.sleep((long) Math.ceil(delay));
                guarded(sc, deadline, cancelled, () -> sc.api().invokeMember("runDue"));
            }
        } catch (PolyglotException e) {
            if (outOfMemory.get()) execution.error(ScriptErrors.memory());
            else if (e.isInterrupted() || e.isCancelled()) execution.error(ScriptErrors.timeout(async));
            else execution.error(ScriptErrors.of(e));
            // the JVM's own OutOfMemoryError can strike anywhere inside the engine, so the context is not kept
            exhausted = e.isResourceExhausted();
            broken = e.isCancelled() || e.isInternalError() || exhausted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            execution.error(ScriptErrors.timeout(async));
        } catch (StackOverflowError e) {
            execution.error(new ScriptError("RangeError", "Maximum call stack size exceeded", ""));
        } catch (Exception e) {
            execution.error(new ScriptError("Error", "sandbox: " + e.getMessage(), ""));
        } finally {
            synchronized (running) {
                running.set(false);
            }
            sc.host().attach(null);
        }
        // the script may end on its own error (e.g. Java heap space) while the context is being cancelled under it:
        // the exception then does not say so, but the context is gone all the same
        broken |= cancelled.get();
        Request request = call.request();
        if (!broken && "prerequest".equals(call.eventName()) && request != null) {
            request = mutatedRequest(sc, request);
        }
        if (outOfMemory.get() || exhausted) {
            // the old generation is still full of this script's garbage, and HeapGuard judges by the last collection
            // of it: without a full collection now, the next script would be stopped for memory it does not use
            HeapGuard.recover();
            if (!broken) drainInterrupt(sc);
        }
        if (broken) replaceContext();
        return new ScriptResult(request, ScriptErrors.normalize(execution.error()), execution.nextRequest(), execution.skipped());
    }

    /** Compiles a script the way {@link #execute} would, without running it: its SyntaxError, or null. */
    public ScriptError checkSyntax(String eventName, String source) {
        try {
            context().api().invokeMember("compileOnly", eventName, source == null ? "" : source);
            return null;
        } catch (PolyglotException e) {
            return ScriptErrors.normalize(ScriptErrors.of(e));
        }
    }

    private static Request mutatedRequest(SandboxContext sc, Request original) {
        try {
            Value json = sc.api().invokeMember("requestOf");
            return json.isNull() ? original : RequestJson.fromJson(Json.read(json.asString()));
        } catch (RuntimeException e) {
            return original;
        }
    }

    private interface JsCall {
        void run();
    }

    /** Runs one host-to-script call with the deadline armed: past it the watchdog interrupts the script. */
    private void guarded(SandboxContext sc, long deadline, AtomicBoolean cancelled, JsCall body) {
        long delay = deadline - System.nanoTime();
        AtomicBoolean active = new AtomicBoolean(true);
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            synchronized (active) {
                if (active.get()) interrupt(sc, cancelled);
            }
        }, Math.max(0, delay), TimeUnit.NANOSECONDS);
        try {
            body.run();
        } finally {
            synchronized (active) {
                active.set(false);
            }
            alarm.cancel(false);
        }
    }

    /**
     * An interrupt sent to stop a script for memory can land after that script ended; a no-op evaluation takes it
     * here, so it does not stop the next script. (A stop that cancels instead is caught by the {@code cancelled} flag.)
     */
    private static void drainInterrupt(SandboxContext sc) {
        for (int i = 0; i < 2; i++) {
            try {
                sc.context().eval("js", "0");
                return;
            } catch (PolyglotException e) {
                if (!e.isInterrupted()) return;
            } catch (IllegalStateException e) {
                return;
            }
        }
    }

    /**
     * Only a timeout cancels: interrupting can itself fail with the heap exhausted (a PolyglotException "Java heap
     * space"), and the script then fails on the same exhausted heap or is stopped by the next collection's notice.
     * Cancelling there closed the context while its script ended with a plain heap error, so the next script ran
     * into "Context execution was cancelled" and was reported as timed out.
     */
    private static void interrupt(SandboxContext sc, AtomicBoolean cancelled) {
        try {
            sc.context().interrupt(Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            // the script did not stop in time: cancelling closes the context, the sandbox makes a new one
            cancelled.set(true);
            sc.context().close(true);
        } catch (RuntimeException e) {
            // not stopped this time (heap exhausted while interrupting, or the context already closed)
        }
    }

    private void replaceContext() {
        try {
            if (sandbox != null) sandbox.close();
        } catch (RuntimeException ignored) {
            // already closed by the cancellation
        }
        sandbox = null;
    }

    @Override
    public void close() {
        if (starting != null) {
            try {
                sandbox = starting.get();
            } catch (InterruptedException | ExecutionException ignored) {
                // nothing to close
            }
            starting = null;
        }
        watchdog.shutdownNow();
        replaceContext();
    }
}
