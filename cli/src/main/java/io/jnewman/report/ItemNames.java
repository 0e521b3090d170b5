package io.jnewman.report;

import io.jnewman.model.Item;

import java.util.ArrayList;
import java.util.List;

/** Newman's {@code util.getFullName}: folder names from the outermost down to the item, joined with " / ". */
public final class ItemNames {
    private ItemNames() {
    }

    public static String fullName(Item item) {
        return String.join(" / ", segments(item));
    }

    /** Each level's name, or its id when the name is empty, as Newman falls back. */
    static List<String> segments(Item item) {
        List<String> names = new ArrayList<>();
        for (Item a : item.ancestors()) names.add(nameOrId(a));
        names.add(nameOrId(item));
        return names;
    }

    private static String nameOrId(Item item) {
        return item.name().isEmpty() && item.id() != null ? item.id() : item.name();
    }
}
