package io.jnewman.engine;

import io.jnewman.model.Item;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A folder or a request of a collection. Both are containers: a request's tests are only known once its scripts
 * ran, so they are registered dynamically under it. The segment is the position among siblings because item ids
 * are optional and names need not be unique.
 */
final class ItemDescriptor extends AbstractTestDescriptor {
    private final Item item;
    private int dynamicTests;

    ItemDescriptor(UniqueId parent, int position, Item item) {
        super(parent.append(item.isFolder() ? "folder" : "request", Integer.toString(position)),
                item.name().isEmpty() ? "(unnamed)" : item.name());
        this.item = item;
    }

    Item item() {
        return item;
    }

    /** A fresh unique id for the next dynamic test of this request (a request run twice keeps adding). */
    UniqueId nextTestId() {
        return getUniqueId().append("test", Integer.toString(++dynamicTests));
    }

    /** Requests register their tests while running; without this the platform would prune them as empty. */
    @Override
    public boolean mayRegisterTests() {
        return !item.isFolder();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
