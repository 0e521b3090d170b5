package io.jnewman.run;

import io.jnewman.model.Item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How --shard splits a suite. The unit is a top-level item (a folder or a loose request) of any collection that has
 * at least one selected request, taken in suite order (collections in the order given, items in run order). Units are
 * balanced by their number of selected requests: largest first (ties keep suite order), each to the shard with the
 * fewest requests so far (ties go to the lowest shard number). The same inputs give every machine the same plan, so
 * the shards together run each unit exactly once. A shard runs its units in suite order.
 */
public final class ShardPlan {
    private final List<Item> units;
    private final List<Integer> requests;
    private final int[] shardOf;
    private final int count;

    private ShardPlan(List<Item> units, List<Integer> requests, int[] shardOf, int count) {
        this.units = units;
        this.requests = requests;
        this.shardOf = shardOf;
        this.count = count;
    }

    /**
     * @param selections each collection's selected requests, in suite order
     * @param count      number of shards
     */
    public static ShardPlan of(List<List<Item>> selections, int count) {
        Map<Item, Integer> weights = new LinkedHashMap<>();
        for (List<Item> selection : selections) {
            for (Item request : selection) weights.merge(ItemFilter.topLevel(request), 1, Integer::sum);
        }
        List<Item> units = List.copyOf(weights.keySet());
        List<Integer> requests = List.copyOf(weights.values());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> -requests.get(i)).thenComparingInt(i -> i));
        long[] load = new long[count];
        int[] shardOf = new int[units.size()];
        for (int unit : order) {
            int lightest = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[lightest]) lightest = s;
            }
            shardOf[unit] = lightest;
            load[lightest] += requests.get(unit);
        }
        return new ShardPlan(units, requests, shardOf, count);
    }

    /** The top-level items shard {@code index} (1-based) runs, compared by identity. */
    public Set<Item> unitsOf(int index) {
        Set<Item> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < units.size(); i++) {
            if (shardOf[i] == index - 1) mine.add(units.get(i));
        }
        return mine;
    }

    /** Number of selected requests shard {@code index} (1-based) runs per iteration. */
    public int requestsOf(int index) {
        int sum = 0;
        for (int i = 0; i < units.size(); i++) {
            if (shardOf[i] == index - 1) sum += requests.get(i);
        }
        return sum;
    }

    /** All units of the suite, in suite order. */
    public List<Item> units() {
        return units;
    }

    public int count() {
        return count;
    }
}
