package io.jnewman.script;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Script contexts shared by the workers of a parallel run. A context runs one script at a time, so a worker borrows
 * one for the length of a script and gives it back. A context costs a second of CPU and a few MiB to start, and a
 * latency-bound run spends most of its time waiting on the network, so the pool starts with the run's own sandbox and
 * adds one only when every context is busy, up to {@code max} (a CPU-bound run gains nothing from more contexts
 * than cores). The pool closes the contexts it made; the first one belongs to the caller.
 */
public final class SandboxPool implements ScriptSandbox {
    private final Supplier<ScriptSandbox> factory;
    private final int max;
    private final BlockingQueue<ScriptSandbox> idle = new LinkedBlockingQueue<>();
    private final List<ScriptSandbox> made = new ArrayList<>();

    public SandboxPool(ScriptSandbox first, Supplier<ScriptSandbox> factory, int max) {
        this.factory = factory;
        this.max = Math.max(1, max);
        idle.add(first);
    }

    /** Contexts for n workers on this machine: at most one per two cores (the other core sends and parses). */
    public static int sizeFor(int workers) {
        return Math.max(1, Math.min(workers, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Override
    public ScriptResult execute(ScriptCall call, ScriptObserver observer) {
        ScriptSandbox sandbox = borrow();
        try {
            return sandbox.execute(call, observer);
        } finally {
            idle.add(sandbox);
        }
    }

    private ScriptSandbox borrow() {
        ScriptSandbox sandbox = idle.poll();
        if (sandbox != null) return sandbox;
        synchronized (this) {
            if (made.size() + 1 < max) {
                ScriptSandbox created = factory.get();
                made.add(created);
                return created;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a script context", e);
        }
    }

    /** How many contexts the pool holds, the caller's included. */
    public synchronized int size() {
        return made.size() + 1;
    }

    @Override
    public void close() {
        List<ScriptSandbox> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(made);
            made.clear();
        }
        toClose.forEach(ScriptSandbox::close);
    }
}
