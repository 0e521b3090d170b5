package io.jnewman.cli;

import io.jnewman.model.Item;
import io.jnewman.run.Shard;
import io.jnewman.run.ShardPlan;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** --shard for one run: the top-level items this shard runs, or a note on stderr when it has none. */
final class ShardScope {
    private ShardScope() {
    }

    /**
     * @param selections each collection's selected requests (after --folder, exclusions and tags), in suite order
     * @return the units to run; empty when this shard has no work (the note is printed then)
     */
    static Optional<Set<Item>> units(Shard shard, List<List<Item>> selections, PrintStream err) {
        ShardPlan plan = ShardPlan.of(selections, shard.count());
        Set<Item> units = plan.unitsOf(shard.index());
        if (units.isEmpty()) {
            err.println("jnewman: shard " + shard + " has no work: the suite has " + plan.units().size()
                    + " top-level folder(s) or request(s) to share among " + shard.count()
                    + " shards; nothing was run");
            return Optional.empty();
        }
        return Optional.of(units);
    }
}
