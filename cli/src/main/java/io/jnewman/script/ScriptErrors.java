package io.jnewman.script;

import org.graalvm.polyglot.PolyglotException;

import java.util.regex.Pattern;

/** Turns engine-level failures into the errors Newman reports (name and message). */
final class ScriptErrors {
    private static final Pattern LOCATION = Pattern.compile("^(?:<[^>]*>|[^\\s:]+):\\d+:\\d+ ");
    private static final Pattern REDECLARED = Pattern.compile("^Variable \"(.*)\" has already been declared$");

    private ScriptErrors() {
    }

    static ScriptError timeout(boolean async) {
        return new ScriptError("Error", "sandbox: " + (async ? "asynchronous" : "synchronous") + " script execution timeout", "");
    }

    static ScriptError memory() {
        return new ScriptError("RangeError", "sandbox: script stopped because the heap is nearly exhausted", "");
    }

    static ScriptError of(PolyglotException e) {
        if (e.isGuestException() && !e.isInternalError()) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(": ");
            String name = colon > 0 && message.substring(0, colon).matches("[A-Za-z]*Error") ? message.substring(0, colon) : "Error";
            return new ScriptError(name, colon > 0 ? message.substring(colon + 2) : message, "");
        }
        if (e.isResourceExhausted()) return new ScriptError("RangeError", "Maximum call stack size exceeded", "");
        return new ScriptError("Error", "sandbox: " + (e.getMessage() == null ? "script failed" : e.getMessage()), "");
    }

    private static final Pattern READ_PROPERTY = Pattern.compile("^Cannot read property (.*) of (undefined|null)$");
    private static final Pattern TO_OBJECT = Pattern.compile("^Cannot convert undefined or null to object: .*$");
    private static final Pattern CONSTANT = Pattern.compile("^Assignment to constant \".*\"$");
    private static final Pattern SET_PROPERTY = Pattern.compile("^Cannot set property (.*) of (undefined|null)$");

    /**
     * Newman reports V8's messages; GraalJS words a few common ones differently (and prefixes syntax errors with a
     * source location), so those are rewritten to V8's wording.
     */
    static ScriptError normalize(ScriptError e) {
        if (e == null || e.message() == null) return e;
        if ("TypeError".equals(e.name())) {
            String m = READ_PROPERTY.matcher(e.message()).replaceFirst("Cannot read properties of $2 (reading $1)");
            m = SET_PROPERTY.matcher(m).replaceFirst("Cannot set properties of $2 (setting $1)");
            m = TO_OBJECT.matcher(m).replaceFirst("Cannot convert undefined or null to object");
            m = CONSTANT.matcher(m).replaceFirst("Assignment to constant variable.");
            return new ScriptError(e.name(), m, e.stack());
        }
        if (!"SyntaxError".equals(e.name())) return e;
        String message = LOCATION.matcher(e.message()).replaceFirst("");
        int newline = message.indexOf('\n');
        message = newline >= 0 ? message.substring(0, newline) : message;
        // V8's wording, which Newman reports
        message = REDECLARED.matcher(message).replaceFirst("Identifier '$1' has already been declared");
        return new ScriptError(e.name(), message, e.stack());
    }
}
