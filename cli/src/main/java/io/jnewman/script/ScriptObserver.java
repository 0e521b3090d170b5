package io.jnewman.script;

import java.util.List;

/** Receives results while a script runs. */
public interface ScriptObserver {
    void assertion(Assertion assertion);

    /** console.log/info/warn/error/debug: level and the formatted arguments (util.inspect style, as Newman). */
    void console(String level, List<String> messages);
}
