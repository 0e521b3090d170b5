package io.jnewman.cli;

import io.jnewman.run.Failure;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;
import io.jnewman.run.RunSummary;

/**
 * The exit code of a run. Newman's by default: 0 when the run passed, 1 otherwise. With --detailed-exit-codes each
 * kind of failure has its own code, clear of the shell's own (2 misuse, 126/127, 128+ signals); when several
 * happen the first in this order wins: bad input 7, loop guard 6, request errors 5, script errors 4, failed
 * assertions 3, anything else that failed the run (--timeout, …) 1. The earlier kinds usually cause the later ones
 * (a request that failed fails its assertions), so the code names the cause. Listens to the run for the loop guard.
 */
final class ExitStatus implements RunListener {
    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int ASSERTIONS = 3;
    static final int SCRIPT_ERRORS = 4;
    static final int REQUEST_ERRORS = 5;
    static final int LOOP_STOPPED = 6;
    static final int BAD_INPUT = 7;

    /** --max-item-runs when --detailed-exit-codes is given without it: polling loops stay well below. */
    static final int DEFAULT_MAX_ITEM_RUNS = 1000;

    private final boolean detailed;
    private boolean loopStopped;

    ExitStatus(boolean detailed) {
        this.detailed = detailed;
    }

    /** The loop guard's limit: as given, else the default with --detailed-exit-codes, else none (0). */
    static int maxItemRuns(Integer given, boolean detailed) {
        if (given != null) return given;
        return detailed ? DEFAULT_MAX_ITEM_RUNS : 0;
    }

    /** Inputs that could not be loaded or options that make no sense. */
    int badInput() {
        return detailed ? BAD_INPUT : FAILURE;
    }

    @Override
    public void on(RunEvent event) {
        if (event instanceof RunEvent.LoopGuardTripped) loopStopped = true;
    }

    int of(RunSummary summary) {
        if (!summary.failed()) return SUCCESS;
        if (!detailed) return FAILURE;
        if (loopStopped) return LOOP_STOPPED;
        boolean request = false;
        boolean script = false;
        boolean assertion = false;
        for (Failure f : summary.failures()) {
            String at = f.at() == null ? "" : f.at();
            if (at.equals("request")) request = true;
            else if (at.startsWith("assertion") || "AssertionFailure".equals(f.name())) assertion = true;
            else if (at.endsWith("-script")) script = true;
        }
        if (request) return REQUEST_ERRORS;
        if (script) return SCRIPT_ERRORS;
        if (assertion) return ASSERTIONS;
        return FAILURE;
    }
}
