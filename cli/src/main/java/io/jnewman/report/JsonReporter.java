package io.jnewman.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.run.Failure;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Newman's built-in json reporter: the run summary ({@code collection, environment, globals, run{stats, timings,
 * executions, transfers, failures, error}}). Options: {@code export} names the file; {@code omitResponses} (beyond
 * Newman) leaves response bodies out. Each execution is written to a spill file as soon as its item finishes, then
 * streamed into the report at the end, so memory stays flat however long the run and however big the responses.
 */
public final class JsonReporter implements Reporter {
    static final String DEFAULT_NAME = "newman-run-report.json";

    private final ReporterOptions options;
    private final ReportContext context;
    private final boolean omitResponses;
    /** Spilled executions are read back whole: no limit on string length (bodies in requests) or nesting. */
    private final JsonFactory factory = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
            .build()).getFactory();
    private final ExecutionAssembler executions = new ExecutionAssembler(this::spill);
    /** With several collections the report gets a {@code collections} list beside Newman's fields. */
    private final SuiteCollections collections = new SuiteCollections();
    private Path spillFile;
    private JsonGenerator spill;
    private boolean spillFailed;
    private int retried;
    private int flaky;

    public JsonReporter(ReporterOptions options, ReportContext context) {
        this.options = options;
        this.context = context;
        this.omitResponses = options.flag("omitResponses");
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void on(RunEvent event) {
        collections.on(event);
        executions.on(event);
        if (event instanceof RunEvent.ItemRetried r) {
            retried++;
            if (r.flaky()) flaky++;
        }
        if (event instanceof RunEvent.RunFinished done) {
            try {
                write(done.summary());
            } finally {
                discardSpill();
            }
        }
    }

    private void spill(Execution execution) {
        if (spillFailed) return;
        try {
            if (spill == null) {
                spillFile = Files.createTempFile("jnewman-executions", ".json");
                spill = factory.createGenerator(Files.newOutputStream(spillFile), JsonEncoding.UTF8);
            }
            // Newman lists the execution once per request the item sent (pm.sendRequest included)
            for (int i = 0; i < execution.requests(); i++) ExecutionJson.write(spill, execution, omitResponses, context.masker());
        } catch (IOException e) {
            spillFailed = true;
            context.err().println("error: the json report cannot be written, its executions could not be buffered: "
                    + e.getMessage());
        }
    }

    private void write(RunSummary summary) {
        if (spillFailed) return;
        ReportFile.write(context, options.string("export"), DEFAULT_NAME, "json-reporter", out -> writeJson(out, summary));
    }

    private void writeJson(OutputStream out, RunSummary summary) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("collection");
            ExecutionJson.writeNode(g, summary.collection().json());
            g.writeFieldName("environment");
            SummaryJson.writeScope(g, summary.environment());
            g.writeFieldName("globals");
            SummaryJson.writeScope(g, summary.globals());
            g.writeObjectFieldStart("run");
            g.writeFieldName("stats");
            SummaryJson.writeStats(g, summary.stats());
            g.writeFieldName("timings");
            SummaryJson.writeTimings(g, summary.timings());
            g.writeArrayFieldStart("executions");
            copySpilled(g);
            g.writeEndArray();
            g.writeObjectFieldStart("transfers");
            g.writeNumberField("responseTotal", summary.responseTotalBytes());
            g.writeEndObject();
            g.writeArrayFieldStart("failures");
            for (Failure f : summary.failures()) SummaryJson.writeFailure(g, f, context.owners());
            g.writeEndArray();
            if (summary.fatalError() == null) {
                g.writeNullField("error");
            } else {
                g.writeObjectFieldStart("error");
                g.writeStringField("name", "Error");
                g.writeStringField("message", summary.fatalError());
                g.writeEndObject();
            }
            if (retried > 0) {
                // beyond Newman (--retry): present once a request was retried
                g.writeObjectFieldStart("retries");
                g.writeNumberField("retried", retried);
                g.writeNumberField("flaky", flaky);
                g.writeEndObject();
            }
            g.writeEndObject();
            if (collections.several()) writeCollections(g);
            g.writeEndObject();
        }
    }

    /** Beyond Newman, for a run of several collections: each collection that ran, in order, and where it came from. */
    private void writeCollections(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("collections");
        for (SuiteCollections.Entry entry : collections.entries()) {
            g.writeStartObject();
            if (entry.collection().id() != null) g.writeStringField("id", entry.collection().id());
            g.writeStringField("name", entry.collection().name());
            g.writeStringField("source", entry.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void copySpilled(JsonGenerator g) throws IOException {
        if (spill == null) return;
        spill.close();
        try (JsonParser p = factory.createParser(spillFile.toFile())) {
            while (p.nextToken() == JsonToken.START_OBJECT) g.copyCurrentStructure(p);
        }
    }

    private void discardSpill() {
        try {
            if (spill != null) spill.close();
            if (spillFile != null) Files.deleteIfExists(spillFile);
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
        spill = null;
        spillFile = null;
    }
}
