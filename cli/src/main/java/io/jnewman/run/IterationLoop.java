package io.jnewman.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Item;
import io.jnewman.model.Variable;
import io.jnewman.script.ScriptResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the items of one iteration with Newman's flow control: setNextRequest jumps by id, then name (the last of
 * duplicate names wins); null or an unknown target ends this iteration only; --bail stops the run. Beyond Newman,
 * --max-item-runs stops the run when setNextRequest runs one item more often than allowed in one iteration.
 */
final class IterationLoop {
    private final List<Item> items;
    private final int positionOffset;
    private final int length;
    private final ItemRunner itemRun;
    private final RunScopes scopes;
    private final List<ObjectNode> dataRows;
    private final long deadline;
    private final int maxItemRuns;
    private final RunListener publish;

    /**
     * @param items          the items this loop runs
     * @param positionOffset position of items.get(0) in the run's whole item list (cursor positions stay global)
     * @param length         number of items per iteration in the whole run
     * @param maxItemRuns    runs of one item per iteration before the loop guard stops the run (0 = no limit)
     * @param publish        where the loop guard reports
     */
    IterationLoop(List<Item> items, int positionOffset, int length, ItemRunner itemRun, RunScopes scopes,
                  List<ObjectNode> dataRows, long deadline, int maxItemRuns, RunListener publish) {
        this.items = items;
        this.positionOffset = positionOffset;
        this.length = length;
        this.itemRun = itemRun;
        this.scopes = scopes;
        this.dataRows = dataRows;
        this.deadline = deadline;
        this.maxItemRuns = maxItemRuns;
        this.publish = publish;
    }

    /** @return true when --bail stopped the run */
    boolean run(int iteration, int cycles) {
        loadDataRow(iteration);
        int position = 0;
        Map<Item, Integer> runs = new HashMap<>();
        while (position < items.size()) {
            if (System.currentTimeMillis() > deadline) throw new RunAbortedException("callback timed out");
            Item item = items.get(position);
            Cursor cursor = new Cursor(positionOffset + position, iteration, length, cycles, UUID.randomUUID().toString(), null);
            if (maxItemRuns > 0 && runs.merge(item, 1, Integer::sum) > maxItemRuns) stopLoop(item, cursor);
            ItemRun.Outcome outcome = itemRun.run(item, cursor, cycles);
            if (outcome.bail()) return true;
            ScriptResult.NextRequest next = outcome.nextRequest();
            if (next == null) {
                position++;
            } else {
                int target = indexOf(next.target());
                if (target < 0) break;
                position = target;
            }
        }
        return false;
    }

    /** The loop guard: "\"Poll\" ran 1000 times in iteration 1" names the item and the limit, then ends the run. */
    private void stopLoop(Item item, Cursor cursor) {
        String message = "setNextRequest loop stopped: \"" + item.name() + "\" ran " + maxItemRuns + " times in iteration "
                + (cursor.iteration() + 1) + " (limit --max-item-runs " + maxItemRuns + ")";
        publish.on(new RunEvent.LoopGuardTripped(cursor, item, maxItemRuns, message));
        throw new RunAbortedException(message);
    }

    private int indexOf(String target) {
        if (target == null) return -1;
        for (int i = 0; i < items.size(); i++) {
            if (target.equals(items.get(i).id())) return i;
        }
        int found = -1;
        for (int i = 0; i < items.size(); i++) {
            if (target.equals(items.get(i).name())) found = i;
        }
        return found;
    }

    /** Iteration data: this iteration's row; the last row is reused when there are more iterations than rows. */
    private void loadDataRow(int iteration) {
        if (dataRows.isEmpty()) return;
        ObjectNode row = dataRows.get(Math.min(iteration, dataRows.size() - 1));
        List<Variable> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            values.add(new Variable(f.getKey(), f.getValue(), "any", false));
        }
        scopes.data().replaceAll(values);
    }
}
