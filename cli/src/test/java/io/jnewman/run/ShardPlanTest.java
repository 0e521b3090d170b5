package io.jnewman.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --shard splits the suite's top-level units so that the shards together run everything exactly once. */
class ShardPlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two collections: folders of 3, 1 and 2 requests (one nested), loose requests, and an empty folder. */
    private static List<Collection> suite() throws Exception {
        Collection a = CollectionLoader.fromJson(JSON.readTree("""
                {"info": {"name": "A"}, "item": [
                  {"name": "Users", "item": [{"name": "u1", "request": "http://x/1"}, {"name": "u2", "request": "http://x/2"},
                                             {"name": "Deep", "item": [{"name": "u3", "request": "http://x/3"}]}]},
                  {"name": "ping", "request": "http://x/ping"},
                  {"name": "Empty", "item": []},
                  {"name": "Orders", "item": [{"name": "o1", "request": "http://x/o1"}, {"name": "o2", "request": "http://x/o2"}]}]}
                """), "a.json");
        Collection b = CollectionLoader.fromJson(JSON.readTree("""
                {"info": {"name": "B"}, "item": [
                  {"name": "health", "request": "http://y/h"},
                  {"name": "Admin", "item": [{"name": "a1", "request": "http://y/a1"}]},
                  {"name": "version", "request": "http://y/v"}]}
                """), "b.json");
        return List.of(a, b);
    }

    private static List<List<Item>> selections(List<Collection> suite) {
        return suite.stream().map(c -> ItemSelection.select(c, List.of())).toList();
    }

    private static List<Item> requestsOf(Set<Item> units, List<List<Item>> selections) {
        List<Item> out = new ArrayList<>();
        for (List<Item> s : selections) {
            for (Item r : s) if (units.contains(ItemFilter.topLevel(r))) out.add(r);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theShardsTogetherRunEveryRequestExactlyOnce(int n) throws Exception {
        List<List<Item>> selections = selections(suite());
        ShardPlan plan = ShardPlan.of(selections, n);
        Set<Item> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = 0;
        for (int i = 1; i <= n; i++) {
            List<Item> mine = requestsOf(plan.unitsOf(i), selections);
            assertThat(mine).hasSize(plan.requestsOf(i));
            for (Item r : mine) assertThat(seen.add(r)).as("%s runs twice", r).isTrue();
            total += mine.size();
        }
        int whole = selections.stream().mapToInt(List::size).sum();
        assertThat(total).isEqualTo(whole).isEqualTo(9);
        assertThat(seen).hasSize(whole);
    }

    @Test
    void unitsAreTopLevelFoldersAndLooseRequestsWithSelectedRequestsInSuiteOrder() throws Exception {
        ShardPlan plan = ShardPlan.of(selections(suite()), 2);
        assertThat(plan.units()).extracting(Item::name)
                .containsExactly("Users", "ping", "Orders", "health", "Admin", "version");
    }

    @Test
    void unitsAreBalancedByRequestCountLargestFirstTiesToTheLowestShard() throws Exception {
        ShardPlan plan = ShardPlan.of(selections(suite()), 2);
        // Users(3) -> 1, Orders(2) -> 2, ping -> 2 (3:3), health -> 1 on the tie, Admin -> 2, version -> 1 on the tie
        assertThat(names(plan.unitsOf(1), plan)).containsExactly("Users", "health", "version");
        assertThat(names(plan.unitsOf(2), plan)).containsExactly("ping", "Orders", "Admin");
        assertThat(plan.requestsOf(1)).isEqualTo(5);
        assertThat(plan.requestsOf(2)).isEqualTo(4);
    }

    @Test
    void thePlanIsTheSameForFreshlyLoadedCopiesOfTheSuite() throws Exception {
        for (int n = 1; n <= 5; n++) {
            ShardPlan first = ShardPlan.of(selections(suite()), n);
            ShardPlan second = ShardPlan.of(selections(suite()), n);
            for (int i = 1; i <= n; i++) {
                assertThat(names(second.unitsOf(i), second)).isEqualTo(names(first.unitsOf(i), first));
            }
        }
    }

    @Test
    void moreShardsThanUnitsLeavesTheLastShardsEmpty() throws Exception {
        ShardPlan plan = ShardPlan.of(selections(suite()), 8);
        assertThat(plan.unitsOf(6)).hasSize(1);
        assertThat(plan.unitsOf(7)).isEmpty();
        assertThat(plan.unitsOf(8)).isEmpty();
    }

    @Test
    void theShardFilterKeepsOnlyRequestsUnderTheShardsUnits() throws Exception {
        List<Collection> suite = suite();
        ShardPlan plan = ShardPlan.of(selections(suite), 3);
        ItemFilter filter = ItemFilter.folders(List.of()).withUnits(plan.unitsOf(1));
        List<String> a = ItemSelection.select(suite.get(0), filter).stream().map(Item::name).toList();
        assertThat(a).containsExactly("u1", "u2", "u3");
    }

    private static List<String> names(Set<Item> units, ShardPlan plan) {
        return plan.units().stream().filter(units::contains).map(Item::name).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "x/y", "1/0", "2", "", "-1/3", "1/2/3"})
    void badShardValuesAreRefusedWithOneLine(String value) {
        assertThatThrownBy(() -> Shard.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected i/n with 1 <= i <= n").hasMessageNotContaining("\n");
    }

    @Test
    void goodShardValuesParse() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
        assertThat(Shard.parse("3/3").toString()).isEqualTo("3/3");
    }
}
