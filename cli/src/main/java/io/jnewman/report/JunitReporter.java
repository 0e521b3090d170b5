package io.jnewman.report;

import io.jnewman.model.Collection;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Newman's built-in junit reporter ({@code lib/reporters/junit}): one testsuite per item aggregated over iterations,
 * one testcase per distinct assertion name, with Newman's counting quirks kept (see {@link JunitSuite}). Option
 * {@code export} names the file. Suites are kept as aggregates while the run goes on and written when it ends.
 */
public final class JunitReporter implements Reporter {
    static final String DEFAULT_NAME = "newman-run-report.xml";

    private final ReporterOptions options;
    private final ReportContext context;
    private final Map<String, JunitSuite> suites = new LinkedHashMap<>();
    private final ExecutionAssembler executions = new ExecutionAssembler(this::add);
    /** With several collections, suites are named "Collection / Folder / Request" and keyed per collection. */
    private final SuiteCollections collections = new SuiteCollections();
    private double totalTime;

    public JunitReporter(ReporterOptions options, ReportContext context) {
        this.options = options;
        this.context = context;
    }

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void on(RunEvent event) {
        collections.on(event);
        executions.on(event);
        if (event instanceof RunEvent.RunFinished done) write(done.summary());
    }

    private void add(Execution execution) {
        if (execution.lastRequestFromScript()) {
            // Newman's grouping (accumulator[item.id] = accumulator[execution.id] || []) starts the item's list afresh
            // for each entry of an execution whose id became the sendRequest item's: only this execution is counted
            JunitSuite fresh = new JunitSuite(execution.item());
            suites.put(collections.key(execution.item()), fresh);
            fresh.add(execution);
            totalTime += fresh.lastTime * execution.requests();
            return;
        }
        JunitSuite suite = suites.computeIfAbsent(collections.key(execution.item()), id -> new JunitSuite(execution.item()));
        // Newman lists the execution once per request the item sent (pm.sendRequest included)
        for (int i = 0; i < execution.requests(); i++) {
            suite.add(execution);
            totalTime += suite.lastTime;
        }
    }

    private void write(RunSummary summary) {
        ReportFile.write(context, options.string("export"), DEFAULT_NAME, "junit-reporter", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeXml(w, summary);
            w.flush();
        });
    }

    void writeXml(Writer w, RunSummary summary) throws IOException {
        Collection collection = summary.collection();
        XmlOut xml = new XmlOut(w);
        xml.prolog();
        Map<String, String> root = new LinkedHashMap<>();
        root.put("name", collection.name());
        root.put("tests", Integer.toString(summary.stats().get("tests").total()));
        root.put("time", JsNumber.toFixed(totalTime, 3));
        if (suites.isEmpty()) {
            xml.empty(0, "testsuites", root);
            return;
        }
        xml.open(0, "testsuites", root);
        String timestamp = JsDate.toIsoString(summary.timings().started());
        for (JunitSuite suite : suites.values()) {
            Collection owner = collections.several() && suite.item.collection() != null ? suite.item.collection() : collection;
            writeSuite(xml, owner, collections.qualifiedName(suite.item), suite, timestamp);
        }
        xml.close(0, "testsuites");
    }

    private static void writeSuite(XmlOut xml, Collection collection, String suiteName, JunitSuite suite,
                                   String timestamp) throws IOException {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("name", suiteName);
        attrs.put("id", suite.item.id());
        attrs.put("timestamp", timestamp);
        attrs.put("tests", Integer.toString(suite.tests));
        attrs.put("failures", Integer.toString(suite.failures));
        attrs.put("errors", Integer.toString(suite.errors));
        attrs.put("time", JsNumber.toFixed(suite.meanTime(), 3));
        String attempts = suite.attemptNotes.isEmpty() ? null : String.join("\n", suite.attemptNotes);
        if (suite.systemErr == null && suite.testcases.isEmpty() && attempts == null) {
            xml.empty(1, "testsuite", attrs);
            return;
        }
        xml.open(1, "testsuite", attrs);
        if (suite.systemErr != null) xml.cdataElement(2, "system-err", Map.of(), suite.systemErr.toString());
        String classname = className(suiteName, collection.name());
        String time = JsNumber.toFixed(suite.lastTime, 3);
        for (Map.Entry<String, JunitSuite.Testcase> e : suite.testcases.entrySet()) {
            Map<String, String> tc = new LinkedHashMap<>();
            tc.put("name", e.getKey());
            tc.put("time", time);
            tc.put("classname", classname);
            JunitSuite.Testcase state = e.getValue();
            if (state.failed == 0 && attempts == null) {
                xml.empty(2, "testcase", tc);
                continue;
            }
            xml.open(2, "testcase", tc);
            if (state.failed == 0) {
                xml.cdataElement(3, "system-out", Map.of(), attempts);
                xml.close(2, "testcase");
                continue;
            }
            Map<String, String> failure = new LinkedHashMap<>();
            failure.put("type", "AssertionFailure");
            failure.put("message", state.message);
            xml.open(3, "failure", failure);
            xml.cdataLine(4, "Failed " + state.failed + " times.");
            xml.cdataLine(4, "Collection JSON ID: " + collection.id() + ".");
            xml.cdataLine(4, "Collection name: " + collection.name() + ".");
            xml.cdataLine(4, "Request name: " + suiteName + ".");
            xml.cdataLine(4, "Test description: " + e.getKey() + ".");
            xml.cdataLine(4, "Error message: " + state.message + ".");
            xml.cdataLine(4, "Stacktrace: " + state.stack + ".");
            xml.close(3, "failure");
            if (attempts != null) xml.cdataElement(3, "system-out", Map.of(), attempts);
            xml.close(2, "testcase");
        }
        // beyond Newman (--retry): the attempts ride on every testcase, and on the suite when it has none
        if (attempts != null && suite.testcases.isEmpty()) xml.cdataElement(2, "system-out", Map.of(), attempts);
        xml.close(1, "testsuite");
    }

    /** {@code upperFirst(camelCase(name)).replace(/\W/g, '')}, falling back to the collection's when empty. */
    static String className(String suiteName, String collectionName) {
        String c = LodashCase.upperFirst(LodashCase.camelCase(suiteName).replaceAll("\\W", ""));
        if (!c.isEmpty()) return c;
        return LodashCase.upperFirst(LodashCase.camelCase(collectionName).replaceAll("\\W", ""));
    }
}
