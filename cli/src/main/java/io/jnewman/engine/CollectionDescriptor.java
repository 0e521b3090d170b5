package io.jnewman.engine;

import io.jnewman.load.CollectionLoader;
import io.jnewman.load.LoadException;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;
import java.util.List;

/**
 * One collection file. Its folders and requests are built from the loaded model at discovery; a file that does not
 * load becomes a childless container that fails at execution with the loader's one-line message.
 */
final class CollectionDescriptor extends AbstractTestDescriptor {
    private final Collection collection;
    private final String loadError;

    private CollectionDescriptor(UniqueId id, String name, Path file, Collection collection, String loadError) {
        super(id, name, FileSource.from(file.toFile()));
        this.collection = collection;
        this.loadError = loadError;
    }

    static CollectionDescriptor of(UniqueId parent, Path file) {
        UniqueId id = parent.append("collection", file.toString());
        try {
            Collection collection = CollectionLoader.load(file.toString());
            String name = collection.name().isEmpty() ? file.getFileName().toString() : collection.name();
            CollectionDescriptor descriptor = new CollectionDescriptor(id, name, file, collection, null);
            addItems(descriptor, collection.items());
            return descriptor;
        } catch (LoadException e) {
            return new CollectionDescriptor(id, file.getFileName().toString(), file, null, e.getMessage());
        }
    }

    private static void addItems(TestDescriptor parent, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            ItemDescriptor child = new ItemDescriptor(parent.getUniqueId(), i, items.get(i));
            parent.addChild(child);
            addItems(child, items.get(i).children());
        }
    }

    Collection collection() {
        return collection;
    }

    String loadError() {
        return loadError;
    }

    /** A collection that did not load reports its failure itself, so it must survive pruning. */
    @Override
    public boolean mayRegisterTests() {
        return loadError != null;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
