package io.jnewman.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A folder (has children) or a request item (has a request) of a collection. Folders and items keep their JSON as
 * loaded ({@link #json()}) because reports echo it. Parents are linked so inheritance (auth, scripts,
 * protocolProfileBehavior) can walk up to the collection.
 */
public final class Item {
    private final String id;
    private final String name;
    private final String description;
    private final Request request;
    private final List<Item> children;
    private final List<Event> events;
    private final Auth auth;
    private final JsonNode protocolProfileBehavior;
    private final ObjectNode json;
    private Item parent;
    private Collection collection;

    public Item(String id, String name, String description, Request request, List<Item> children, List<Event> events,
                Auth auth, JsonNode protocolProfileBehavior, ObjectNode json) {
        this.id = id;
        this.name = name == null ? "" : name;
        this.description = description;
        this.request = request;
        this.children = children == null ? List.of() : List.copyOf(children);
        this.events = events == null ? List.of() : List.copyOf(events);
        this.auth = auth;
        this.protocolProfileBehavior = protocolProfileBehavior;
        this.json = json;
        for (Item child : this.children) {
            child.parent = this;
        }
    }

    void attach(Collection owner) {
        this.collection = owner;
        for (Item child : children) {
            child.attach(owner);
        }
    }

    public String id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public Request request() { return request; }
    public List<Item> children() { return children; }
    public List<Event> events() { return events; }
    public Auth auth() { return auth; }
    public JsonNode protocolProfileBehavior() { return protocolProfileBehavior; }
    public ObjectNode json() { return json; }
    /** The enclosing folder, or null for a top-level item. */
    public Item parent() { return parent; }
    public Collection collection() { return collection; }

    public boolean isFolder() {
        return request == null;
    }

    /** Folders from the outermost down to (excluding) this item. */
    public List<Item> ancestors() {
        List<Item> chain = new ArrayList<>();
        for (Item p = parent; p != null; p = p.parent) chain.add(p);
        Collections.reverse(chain);
        return chain;
    }

    /** Names from the outermost folder to this item, as Newman's JUnit suite name joins them with " / ". */
    public List<String> path() {
        List<String> names = new ArrayList<>();
        for (Item a : ancestors()) names.add(a.name);
        names.add(name);
        return names;
    }

    /**
     * Scripts for an event in run order: collection, then folders outermost first, then the item; disabled events and
     * events without a script are left out.
     */
    public List<Event> listeners(String listen) {
        List<Event> result = new ArrayList<>();
        if (collection != null) addListeners(collection.events(), listen, result);
        for (Item a : ancestors()) addListeners(a.events, listen, result);
        addListeners(events, listen, result);
        return result;
    }

    private static void addListeners(List<Event> source, String listen, List<Event> into) {
        for (Event e : source) {
            if (!e.disabled() && listen.equals(e.listen()) && e.script() != null) into.add(e);
        }
    }

    /**
     * Auth in effect: the request's own when it names a type, else the nearest folder's, else the collection's.
     * "noauth" is a valid type and stops the walk; the result may be null (no auth).
     */
    public Auth effectiveAuth() {
        if (request != null && request.auth() != null && request.auth().type() != null) return request.auth();
        for (Item p = parent; p != null; p = p.parent) {
            if (p.auth != null && p.auth.type() != null) return p.auth;
        }
        return collection == null ? null : collection.auth();
    }

    /** protocolProfileBehavior merged collection → folders → item, the item winning. */
    public Map<String, JsonNode> effectiveProtocolProfileBehavior() {
        Map<String, JsonNode> merged = new java.util.LinkedHashMap<>();
        if (collection != null) merge(collection.protocolProfileBehavior(), merged);
        for (Item a : ancestors()) merge(a.protocolProfileBehavior, merged);
        merge(protocolProfileBehavior, merged);
        return merged;
    }

    private static void merge(JsonNode ppb, Map<String, JsonNode> into) {
        if (ppb == null || !ppb.isObject()) return;
        Iterator<Map.Entry<String, JsonNode>> fields = ppb.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            into.put(f.getKey(), f.getValue());
        }
    }

    @Override
    public String toString() {
        return "Item[" + name + "]";
    }
}
