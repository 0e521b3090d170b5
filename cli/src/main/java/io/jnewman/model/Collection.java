package io.jnewman.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A loaded collection: metadata, the item tree, collection-level scripts, variables, auth and the JSON as loaded. */
public final class Collection {
    private final String id;
    private final String name;
    private final String description;
    private final List<Item> items;
    private final List<Event> events;
    private final List<Variable> variables;
    private final Auth auth;
    private final JsonNode protocolProfileBehavior;
    private final ObjectNode json;

    public Collection(String id, String name, String description, List<Item> items, List<Event> events,
                      List<Variable> variables, Auth auth, JsonNode protocolProfileBehavior, ObjectNode json) {
        this.id = id;
        this.name = name == null ? "" : name;
        this.description = description;
        this.items = items == null ? List.of() : List.copyOf(items);
        this.events = events == null ? List.of() : List.copyOf(events);
        this.variables = variables == null ? List.of() : List.copyOf(variables);
        this.auth = auth;
        this.protocolProfileBehavior = protocolProfileBehavior;
        this.json = json;
        for (Item item : this.items) item.attach(this);
    }

    public String id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public List<Item> items() { return items; }
    public List<Event> events() { return events; }
    public List<Variable> variables() { return variables; }
    public Auth auth() { return auth; }
    public JsonNode protocolProfileBehavior() { return protocolProfileBehavior; }
    public ObjectNode json() { return json; }

    /** Visits every item and folder depth-first in collection order. */
    public void forEachItem(Consumer<Item> visitor) {
        walk(items, visitor);
    }

    private static void walk(List<Item> list, Consumer<Item> visitor) {
        for (Item item : list) {
            visitor.accept(item);
            walk(item.children(), visitor);
        }
    }

    /** All request items depth-first: the run order without --folder. */
    public List<Item> requestItems() {
        List<Item> out = new ArrayList<>();
        forEachItem(i -> { if (!i.isFolder()) out.add(i); });
        return out;
    }
}
