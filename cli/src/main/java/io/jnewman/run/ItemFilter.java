package io.jnewman.run;

import io.jnewman.model.Item;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests run: Newman's --folder selection, and beyond Newman --preserve-order (selections run in argument
 * order), --exclude-folder (by name or id, repeatable) and --tag / --exclude-tag. Tags are {@code @word}s in the
 * description of a request or of any folder above it (e.g. "Creates a user. @smoke @slow"). {@code units}, when not
 * null, keeps only requests under these top-level items (--shard; compared by identity).
 */
public record ItemFilter(List<String> folders, boolean preserveOrder, List<String> excludeFolders, List<String> tags,
                         List<String> excludeTags, Set<Item> units) {
    private static final Pattern TAG = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][\\w.-]*)");

    public ItemFilter {
        folders = folders == null ? List.of() : List.copyOf(folders);
        excludeFolders = excludeFolders == null ? List.of() : List.copyOf(excludeFolders);
        tags = tags == null ? List.of() : List.copyOf(tags);
        excludeTags = excludeTags == null ? List.of() : List.copyOf(excludeTags);
        if (units != null) {
            Set<Item> byIdentity = Collections.newSetFromMap(new IdentityHashMap<>());
            byIdentity.addAll(units);
            units = Collections.unmodifiableSet(byIdentity);
        }
    }

    public ItemFilter(List<String> folders, boolean preserveOrder, List<String> excludeFolders, List<String> tags,
                      List<String> excludeTags) {
        this(folders, preserveOrder, excludeFolders, tags, excludeTags, null);
    }

    /** This filter, also keeping only the requests under the given top-level items (a shard's units). */
    public ItemFilter withUnits(Set<Item> shardUnits) {
        return new ItemFilter(folders, preserveOrder, excludeFolders, tags, excludeTags, shardUnits);
    }

    /** This filter with another --folder list (the names a collection of a multi-collection run contains). */
    public ItemFilter withFolders(List<String> someFolders) {
        return new ItemFilter(someFolders, preserveOrder, excludeFolders, tags, excludeTags, units);
    }

    public static ItemFilter folders(List<String> folders) {
        return new ItemFilter(folders, false, List.of(), List.of(), List.of());
    }

    /** Whether a request passes the exclusions and tag filters (the --folder selection is applied before). */
    boolean keeps(Item request) {
        if (units != null && !units.contains(topLevel(request))) return false;
        for (Item i = request; i != null; i = i.parent()) {
            if (excludeFolders.contains(i.name()) || excludeFolders.contains(i.id())) return false;
        }
        if (tags.isEmpty() && excludeTags.isEmpty()) return true;
        Set<String> itemTags = tagsOf(request);
        if (excludeTags.stream().anyMatch(t -> itemTags.contains(t.toLowerCase(Locale.ROOT)))) return false;
        return tags.isEmpty() || tags.stream().anyMatch(t -> itemTags.contains(t.toLowerCase(Locale.ROOT)));
    }

    /** The top-level folder (or the request itself) an item sits under: the unit --shard distributes. */
    public static Item topLevel(Item item) {
        Item top = item;
        while (top.parent() != null) top = top.parent();
        return top;
    }

    /** The @tags of a request and of the folders above it, lower-cased. */
    static Set<String> tagsOf(Item request) {
        Set<String> found = new LinkedHashSet<>();
        for (Item i = request; i != null; i = i.parent()) {
            String text = i.description();
            if (text == null && i.request() != null && i.request().description() != null) text = i.request().description().content();
            if (text == null) continue;
            Matcher m = TAG.matcher(text);
            while (m.find()) found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
