package io.jnewman.script;

import io.jnewman.model.Request;

/**
 * Outcome of one script.
 *
 * @param request     pm.request after the script (pre-request mutations apply to this send)
 * @param error       the uncaught error, or null
 * @param nextRequest null when setNextRequest was not called; otherwise the requested target
 * @param skipRequest pm.execution.skipRequest() was called (pre-request only)
 */
public record ScriptResult(Request request, ScriptError error, NextRequest nextRequest, boolean skipRequest) {
    /** The argument of the last setNextRequest call: a name or id, or null for setNextRequest(null). */
    public record NextRequest(String target) {
    }
}
