package io.jnewman.report;

import io.jnewman.model.Item;
import io.jnewman.owners.Owner;

import java.util.Optional;

/** Who owns an item (from the collections' OWNERS file), so failures can name the team to call. */
@FunctionalInterface
public interface ItemOwners {
    ItemOwners NONE = item -> Optional.empty();

    Optional<Owner> ownerOf(Item item);
}
