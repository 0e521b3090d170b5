package io.jnewman.script;

/** A JavaScript error as Newman reports it: name (TypeError, AssertionError …), message and stack. */
public record ScriptError(String name, String message, String stack) {
}
