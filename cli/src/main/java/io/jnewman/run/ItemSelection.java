package io.jnewman.run;

import io.jnewman.model.Collection;
import io.jnewman.model.Item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The run's flattened list of request items: the whole collection, or the --folder selection. A name or id is
 * looked up among an item's own children first, then among descendants; several selections run in collection
 * order, each request once (postman-runtime's extractRunnableItems).
 */
public final class ItemSelection {
    private ItemSelection() {
    }

    public static List<Item> select(Collection collection, List<String> folders) {
        return select(collection, ItemFilter.folders(folders));
    }

    /** The --folder selection (collection order, or argument order with preserveOrder), then the exclusions. */
    public static List<Item> select(Collection collection, ItemFilter filter) {
        List<Item> selected = selectFolders(collection, filter.folders(), filter.preserveOrder());
        return selected.stream().filter(filter::keeps).toList();
    }

    private static List<Item> selectFolders(Collection collection, List<String> folders, boolean preserveOrder) {
        if (folders.isEmpty()) return collection.requestItems();
        Set<Item> chosen = new LinkedHashSet<>();
        for (String wanted : folders) {
            Item found = find(collection.items(), wanted);
            if (found == null) {
                throw new RunAbortedException(folders.size() == 1
                        ? "runtime~extractRunnableItems: Unable to find a folder or request: \"" + wanted + "\""
                        : "Invalid entrypoint");
            }
            chosen.add(found);
        }
        List<Item> ordered = new ArrayList<>();
        if (preserveOrder) {
            for (Item c : chosen) {
                for (Item request : collection.requestItems()) {
                    if ((c == request || isAncestor(c, request)) && !ordered.contains(request)) ordered.add(request);
                }
            }
            return ordered;
        }
        for (Item request : collection.requestItems()) {
            for (Item c : chosen) {
                if (c == request || isAncestor(c, request)) {
                    ordered.add(request);
                    break;
                }
            }
        }
        return ordered;
    }

    private static boolean isAncestor(Item folder, Item item) {
        for (Item p = item.parent(); p != null; p = p.parent()) {
            if (p == folder) return true;
        }
        return false;
    }

    /** Breadth-first by level: own children before descendants. */
    private static Item find(List<Item> level, String wanted) {
        for (Item i : level) {
            if (wanted.equals(i.id()) || wanted.equals(i.name())) return i;
        }
        for (Item i : level) {
            Item deeper = find(i.children(), wanted);
            if (deeper != null) return deeper;
        }
        return null;
    }
}
