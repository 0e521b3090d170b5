package io.jnewman.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.model.Variable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mutable variable scope of a run (globals, environment, collection variables, iteration data, local variables).
 * Scripts change it in place through the sandbox, so later scripts, requests and iterations see the change.
 * Disabled variables are kept (exports list them) but never resolve.
 */
public final class VariableScope {
    private final String kind;
    private final String id;
    private final String name;
    private final LinkedHashMap<String, Variable> variables = new LinkedHashMap<>();

    public VariableScope(String kind, String id, String name, List<Variable> initial) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        if (initial != null) {
            for (Variable v : initial) {
                // a later enabled duplicate wins over an earlier one, a disabled one never shadows an enabled one
                Variable existing = variables.get(v.key());
                if (existing == null || existing.disabled() || !v.disabled()) variables.put(v.key(), v);
            }
        }
    }

    public static VariableScope empty(String kind) {
        return new VariableScope(kind, null, null, List.of());
    }

    /** "globals", "environment", "collection", "data" or "local". */
    public String kind() { return kind; }
    public String id() { return id; }
    public String name() { return name; }

    /** The enabled variable of this key, or null. */
    public Variable variable(String key) {
        Variable v = variables.get(key);
        return v == null || v.disabled() ? null : v;
    }

    /** The value of an enabled variable, or null when absent. */
    public JsonNode get(String key) {
        Variable v = variable(key);
        return v == null ? null : v.value();
    }

    public boolean has(String key) {
        return variable(key) != null;
    }

    /** Sets a value, keeping the declared type of an existing variable and enabling it. */
    public void set(String key, JsonNode value) {
        Variable existing = variables.get(key);
        String type = existing == null ? "any" : existing.type();
        variables.put(key, new Variable(key, value, type, false));
    }

    public void unset(String key) {
        variables.remove(key);
    }

    public void clear() {
        variables.clear();
    }

    /** All variables, disabled ones included, in insertion order. */
    public List<Variable> variables() {
        return new ArrayList<>(variables.values());
    }

    /** Enabled variables as key → value, in order. */
    public Map<String, JsonNode> toMap() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        variables.values().forEach(v -> { if (!v.disabled()) out.put(v.key(), v.value()); });
        return out;
    }

    /** Replaces the whole content (used when a scope is swapped per iteration, like data). */
    public void replaceAll(List<Variable> values) {
        variables.clear();
        values.forEach(v -> variables.put(v.key(), v));
    }

    public VariableScope copy() {
        return new VariableScope(kind, id, name, variables());
    }
}
