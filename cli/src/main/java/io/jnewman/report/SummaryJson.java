package io.jnewman.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jnewman.model.Item;
import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.Failure;
import io.jnewman.run.RunStats;
import io.jnewman.run.RunTimings;

import java.io.IOException;

/** Writes the parts of Newman's summary around the executions: variable scopes, stats, timings, failures. */
final class SummaryJson {
    private SummaryJson() {
    }

    static void writeScope(JsonGenerator g, VariableScope scope) throws IOException {
        g.writeStartObject();
        if (scope != null && scope.id() != null) g.writeStringField("id", scope.id());
        if (scope != null && scope.name() != null) g.writeStringField("name", scope.name());
        g.writeArrayFieldStart("values");
        if (scope != null) {
            for (Variable v : scope.variables()) {
                g.writeStartObject();
                g.writeStringField("type", v.type() == null ? "any" : v.type());
                g.writeFieldName("value");
                g.writeTree(v.value());
                g.writeStringField("key", v.key());
                if (v.disabled()) g.writeBooleanField("disabled", true);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeStats(JsonGenerator g, RunStats stats) throws IOException {
        g.writeStartObject();
        for (String kind : RunStats.KINDS) {
            RunStats.Counter c = stats.get(kind);
            g.writeObjectFieldStart(kind);
            g.writeNumberField("total", c.total());
            g.writeNumberField("pending", 0);
            g.writeNumberField("failed", c.failed());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void writeTimings(JsonGenerator g, RunTimings t) throws IOException {
        g.writeStartObject();
        number(g, "responseAverage", t.responseAverage());
        number(g, "responseMin", t.responseMin());
        number(g, "responseMax", t.responseMax());
        number(g, "responseSd", t.responseSd());
        for (String phase : new String[]{"dns", "firstByte"}) {
            for (String stat : new String[]{"Average", "Min", "Max", "Sd"}) g.writeNumberField(phase + stat, 0);
        }
        g.writeNumberField("started", t.started());
        g.writeNumberField("completed", t.completed());
        g.writeEndObject();
    }

    /** Whole numbers as integers, as JavaScript prints them. */
    static void number(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }

    static void writeFailure(JsonGenerator g, Failure f) throws IOException {
        writeFailure(g, f, ItemOwners.NONE);
    }

    /** A run.failures entry; beyond Newman, {@code owner: {team, slackId}} when an owners file names one. */
    static void writeFailure(JsonGenerator g, Failure f, ItemOwners owners) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("error");
        g.writeStringField("name", f.name());
        if (f.index() >= 0) g.writeNumberField("index", f.index());
        if (f.test() != null) g.writeStringField("test", f.test());
        g.writeStringField("message", f.message());
        if (f.stack() != null) g.writeStringField("stack", f.stack());
        g.writeEndObject();
        g.writeStringField("at", f.at());
        Item item = f.item();
        if (item != null) {
            g.writeFieldName("source");
            ExecutionJson.writeNode(g, item.json());
            if (item.parent() != null) {
                g.writeFieldName("parent");
                ExecutionJson.writeNode(g, item.parent().json());
            }
        }
        if (item != null) {
            var owner = owners.ownerOf(item);
            if (owner.isPresent()) {
                g.writeObjectFieldStart("owner");
                g.writeStringField("team", owner.get().team());
                g.writeStringField("slackId", owner.get().slackId());
                g.writeEndObject();
            }
        }
        g.writeFieldName("cursor");
        if (f.cursor() == null) {
            g.writeStartObject();
            g.writeEndObject();
        } else {
            ExecutionJson.writeCursor(g, f.cursor());
        }
        g.writeEndObject();
    }
}
