package io.jnewman.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Collection;

import java.util.List;

/**
 * The collection a run of several collections is reported as: named "N collections", with each collection as a
 * top-level folder of its JSON (its items and scripts), so reports that echo the collection stay Newman-shaped.
 * It has no items of its own: the collections' items keep belonging to their collections.
 */
final class SuiteCollection {
    static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private SuiteCollection() {
    }

    static Collection of(List<Collection> collections) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String name = collections.size() + " collections";
        ObjectNode json = nodes.objectNode();
        json.putObject("info").put("name", name).put("schema", SCHEMA);
        ArrayNode items = json.putArray("item");
        for (Collection c : collections) {
            ObjectNode folder = items.addObject();
            if (c.id() != null) folder.put("id", c.id());
            folder.put("name", c.name());
            ObjectNode source = c.json();
            folder.set("item", source != null && source.has("item") ? source.get("item") : nodes.arrayNode());
            if (source != null && source.has("event")) folder.set("event", source.get("event"));
        }
        return new Collection(null, name, null, List.of(), List.of(), List.of(), null, null, json);
    }
}
