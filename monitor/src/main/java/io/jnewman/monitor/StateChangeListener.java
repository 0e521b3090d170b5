package io.jnewman.monitor;

/** Told about state changes only (a key started failing or recovered): pagers, chat channels, a console. */
@FunctionalInterface
public interface StateChangeListener {

    void onStateChange(Transition transition, Observation observation);
}
