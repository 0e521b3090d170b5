package io.jnewman.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnewman.model.Variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mutable variable scope of a run (globals, environment, collection variables, iteration data, local variables).
 * Scripts change it in place through the sandbox, so later scripts, requests and iterations see the change.
 * Entries are kept as loaded, duplicates and disabled ones included, because exports write them back; a lookup sees
 * the last enabled entry of a key.
 */
public final class VariableScope {
    private final String kind;
    private final String id;
    private final String name;
    private final List<Variable> entries = new ArrayList<>();
    /** key → index in {@link #entries} of the last enabled entry. */
    private final Map<String, Integer> effective = new HashMap<>();

    public VariableScope(String kind, String id, String name, List<Variable> initial) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        if (initial != null) entries.addAll(initial);
        reindex();
    }

    public static VariableScope empty(String kind) {
        return new VariableScope(kind, null, null, List.of());
    }

    /** "globals", "environment", "collection", "data" or "local". */
    public String kind() { return kind; }
    public String id() { return id; }
    public String name() { return name; }

    private void reindex() {
        effective.clear();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).disabled()) effective.put(entries.get(i).key(), i);
        }
    }

    /** The enabled variable of this key (the last one when duplicated), or null. */
    public Variable variable(String key) {
        Integer at = effective.get(key);
        return at == null ? null : entries.get(at);
    }

    /** The value of an enabled variable, or null when absent. */
    public JsonNode get(String key) {
        Variable v = variable(key);
        return v == null ? null : v.value();
    }

    public boolean has(String key) {
        return effective.containsKey(key);
    }

    /** Sets the value of the key's enabled entry (keeping its position and type), or adds an entry. */
    public void set(String key, JsonNode value) {
        Integer at = effective.get(key);
        if (at != null) {
            Variable existing = entries.get(at);
            entries.set(at, new Variable(key, value, existing.type(), false));
            return;
        }
        entries.add(new Variable(key, value, "any", false));
        effective.put(key, entries.size() - 1);
    }

    /** Removes every entry of the key. */
    public void unset(String key) {
        if (entries.removeIf(v -> v.key().equals(key))) reindex();
    }

    public void clear() {
        entries.clear();
        effective.clear();
    }

    /** All entries, disabled and duplicated ones included, in order. */
    public List<Variable> variables() {
        return new ArrayList<>(entries);
    }

    /** Enabled variables as key → value, in first-appearance order, the last duplicate winning. */
    public Map<String, JsonNode> toMap() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Variable v : entries) {
            if (!v.disabled()) out.put(v.key(), v.value());
        }
        return out;
    }

    /** Replaces the whole content (the data scope per iteration; the last unit's values after a parallel run). */
    public void replaceAll(List<Variable> values) {
        entries.clear();
        entries.addAll(values);
        reindex();
    }

    public VariableScope copy() {
        return new VariableScope(kind, id, name, variables());
    }
}
