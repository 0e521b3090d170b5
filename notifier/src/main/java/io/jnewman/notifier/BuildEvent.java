package io.jnewman.notifier;

import java.util.Set;

/** The parts of an EventBridge "CodeBuild Build State Change" event the notifier acts on. */
public record BuildEvent(String buildArn, String projectName, String buildStatus) {

    /** Statuses that end a build; only these are reported. */
    public static final Set<String> FINAL_STATUSES = Set.of("SUCCEEDED", "FAILED", "STOPPED", "FAULT", "TIMED_OUT");

    public boolean isFinal() {
        return FINAL_STATUSES.contains(buildStatus);
    }
}
