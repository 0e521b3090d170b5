package io.jnewman.gate;

import java.util.Optional;

/**
 * The gate's verdict on a deployment and why, with the build that decided it (none when it never started).
 *
 * @param passed true reports the hook Succeeded; false reports Failed, which fails (and, if configured, rolls back)
 *               the deployment
 */
public record GateDecision(boolean passed, String reason, Optional<String> buildId) {

    static GateDecision failed(String reason) {
        return new GateDecision(false, reason, Optional.empty());
    }
}
