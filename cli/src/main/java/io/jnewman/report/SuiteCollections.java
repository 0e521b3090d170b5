package io.jnewman.report;

import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunListener;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reporter needs to tell the collections of a multi-collection run apart: which collection an item belongs to,
 * where it was loaded from, and a key that keeps equal item ids of different collections apart. A run of one
 * collection publishes no collection events, so everything here then answers as for a single collection.
 */
final class SuiteCollections implements RunListener {
    /** A collection of the run as announced: its position and the path or URL it was loaded from. */
    record Entry(Collection collection, String source, int index) {
    }

    private final Map<Collection, Entry> byCollection = new IdentityHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void on(RunEvent event) {
        if (event instanceof RunEvent.CollectionStarted c && !byCollection.containsKey(c.collection())) {
            Entry entry = new Entry(c.collection(), c.source(), c.index());
            byCollection.put(c.collection(), entry);
            entries.add(entry);
        }
    }

    /** True once a collection event was seen: this is a run of several collections. */
    boolean several() {
        return !entries.isEmpty();
    }

    /** The collections that ran, in order. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** A key for an item unique across the run's collections (the item id alone for one collection). */
    String key(Item item) {
        Entry entry = item.collection() == null ? null : byCollection.get(item.collection());
        return entry == null ? item.id() : entry.index() + ":" + item.id();
    }

    /** The item's collection name and full name, "Collection / Folder / Request" (the full name alone for one). */
    String qualifiedName(Item item) {
        Entry entry = item.collection() == null ? null : byCollection.get(item.collection());
        return entry == null ? ItemNames.fullName(item) : entry.collection().name() + " / " + ItemNames.fullName(item);
    }

    /** Where the item's collection was loaded from, or null when not announced. */
    String source(Item item) {
        Entry entry = item.collection() == null ? null : byCollection.get(item.collection());
        return entry == null ? null : entry.source();
    }
}
