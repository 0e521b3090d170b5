package io.jnewman.model;

/** An event listener on a collection, folder or request: {@code listen} is "prerequest" or "test". */
public record Event(String id, String listen, Script script, boolean disabled) {
    public static final String PREREQUEST = "prerequest";
    public static final String TEST = "test";
}
