package io.jnewman.model;

import java.util.List;

/** A script attached to an event: its source is the exec lines joined with newlines, as postman-collection does. */
public record Script(String id, String type, List<String> exec, String name) {
    public Script {
        exec = exec == null ? List.of() : List.copyOf(exec);
    }

    public String source() {
        return String.join("\n", exec);
    }
}
