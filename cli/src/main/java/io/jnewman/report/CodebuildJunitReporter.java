package io.jnewman.report;

import io.jnewman.model.Item;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit for AWS CodeBuild report groups ({@code --reporter-junit-codebuild}). Newman's layout does not survive
 * CodeBuild's parser: suite counts disagree with their testcases, request errors leave suites without cases, skipped
 * tests pass, and the classname loses the folder path. Here every execution of every assertion is a testcase
 * (" [iteration N]" appended when there are several iterations), request and script errors are {@code <error>}
 * cases, {@code pm.test.skip} is {@code <skipped/>}, counts are those of the written elements, the suite name is
 * the folder/request path and the classname the collection file name. CodeBuild keeps 5,000 characters of a message
 * and 500 cases per report, failures first: messages are capped and at most 500 cases are written, problems first,
 * so no more than 500 cases are ever held.
 */
public final class CodebuildJunitReporter implements Reporter {
    static final int MAX_CASES = 500;
    static final int MAX_MESSAGE = 5000;

    private final ReporterOptions options;
    private final ReportContext context;
    private final ExecutionAssembler executions = new ExecutionAssembler(this::add);
    /** With several collections: suites keyed per collection, each case's classname its own collection's file. */
    private final SuiteCollections collections = new SuiteCollections();
    private final Map<String, Item> suites = new LinkedHashMap<>();
    private final Map<String, Double> suiteSeconds = new LinkedHashMap<>();
    private final List<CodebuildCase> problems = new ArrayList<>();
    private final List<CodebuildCase> others = new ArrayList<>();
    private long order;
    private long dropped;
    /** The --retry note of the execution being added (null without retries). */
    private String attempts;

    public CodebuildJunitReporter(ReporterOptions options, ReportContext context) {
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

    private void add(Execution e) {
        attempts = e.attemptsDetail();
        String suiteId = collections.key(e.item());
        suites.putIfAbsent(suiteId, e.item());
        double seconds = e.responseTime() / 1000.0;
        suiteSeconds.merge(suiteId, seconds, Double::sum);
        String suffix = e.cursor().cycles() > 1 ? " [iteration " + (e.cursor().iteration() + 1) + "]" : "";
        for (ScriptError s : e.prerequestScriptErrors()) {
            keep(new CodebuildCase(order++, suiteId, "prerequest-script error" + suffix, seconds,
                    CodebuildCase.Outcome.ERROR, s.name(), s.message(), stack(s)));
        }
        if (e.requestFailed()) {
            var err = e.exchange().error();
            keep(new CodebuildCase(order++, suiteId, "request error" + suffix, seconds, CodebuildCase.Outcome.ERROR,
                    err.code() == null ? "Error" : err.code(), err.message(), "Error: " + err.message()));
        }
        for (Assertion a : e.assertions()) {
            CodebuildCase.Outcome outcome = a.skipped() ? CodebuildCase.Outcome.SKIPPED
                    : a.error() == null ? CodebuildCase.Outcome.PASSED : CodebuildCase.Outcome.FAILED;
            ScriptError err = a.error();
            keep(new CodebuildCase(order++, suiteId, a.name() + suffix, seconds, outcome,
                    err == null ? null : err.name(), err == null ? null : err.message(), err == null ? null : stack(err)));
        }
        for (ScriptError s : e.testScriptErrors()) {
            keep(new CodebuildCase(order++, suiteId, "test-script error" + suffix, seconds,
                    CodebuildCase.Outcome.ERROR, s.name(), s.message(), stack(s)));
        }
        if (e.flaky() && e.assertions().isEmpty()) {
            // a flaky request without tests would leave no case to carry its note
            keep(new CodebuildCase(order++, suiteId, "request" + suffix, seconds, CodebuildCase.Outcome.PASSED,
                    null, null, null));
        }
    }

    private static String stack(ScriptError e) {
        return e.stack() != null ? e.stack() : e.name() + ": " + e.message();
    }

    /** Problems are kept first; the others only while there is room left under the 500-case limit. */
    private void keep(CodebuildCase plain) {
        CodebuildCase c = attempts == null ? plain : plain.withAttempts(attempts);
        if (c.problem() && problems.size() < MAX_CASES) {
            problems.add(c);
            if (problems.size() + others.size() > MAX_CASES) {
                others.removeLast();
                dropped++;
            }
        } else if (!c.problem() && problems.size() + others.size() < MAX_CASES) {
            others.add(c);
        } else {
            dropped++;
        }
    }

    private void write(RunSummary summary) {
        ReportFile.write(context, options.string("export"), JunitReporter.DEFAULT_NAME, "junit-reporter", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeXml(w, summary);
            w.flush();
        });
        if (dropped > 0) {
            context.err().println("jnewman: junit report keeps " + MAX_CASES + " test cases (failures first); "
                    + dropped + " left out");
        }
    }

    void writeXml(Writer w, RunSummary summary) throws IOException {
        List<CodebuildCase> kept = new ArrayList<>(problems);
        kept.addAll(others);
        kept.sort(Comparator.comparingLong(CodebuildCase::order));
        Map<String, List<CodebuildCase>> bySuite = new LinkedHashMap<>();
        for (String id : suites.keySet()) bySuite.put(id, new ArrayList<>());
        for (CodebuildCase c : kept) bySuite.get(c.suiteId()).add(c);
        bySuite.values().removeIf(List::isEmpty);

        String classname = classname(summary);
        String timestamp = JsDate.toIsoString(summary.timings().started());
        XmlOut xml = new XmlOut(w);
        xml.prolog();
        Map<String, String> root = new LinkedHashMap<>();
        root.put("name", summary.collection().name());
        putCounts(root, kept);
        root.put("time", JsNumber.toFixed(suiteSeconds.values().stream().mapToDouble(Double::doubleValue).sum(), 3));
        if (bySuite.isEmpty()) {
            xml.empty(0, "testsuites", root);
            return;
        }
        xml.open(0, "testsuites", root);
        for (Map.Entry<String, List<CodebuildCase>> suite : bySuite.entrySet()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Item suiteItem = suites.get(suite.getKey());
            // the owner rides in the suite name, which CodeBuild keeps as testSuiteName, so the notifier can read it
            attrs.put("name", ItemNames.fullName(suiteItem)
                    + context.owners().ownerOf(suiteItem).map(o -> " [owner: " + o.team() + "]").orElse(""));
            attrs.put("id", suiteItem.id());
            attrs.put("timestamp", timestamp);
            putCounts(attrs, suite.getValue());
            attrs.put("time", JsNumber.toFixed(suiteSeconds.get(suite.getKey()), 3));
            xml.open(1, "testsuite", attrs);
            String caseClass = collections.several() && suiteItem.collection() != null
                    ? classname(collections.source(suiteItem), suiteItem.collection().name()) : classname;
            for (CodebuildCase c : suite.getValue()) writeCase(xml, c, caseClass);
            xml.close(1, "testsuite");
        }
        xml.close(0, "testsuites");
    }

    private static void putCounts(Map<String, String> attrs, List<CodebuildCase> cases) {
        attrs.put("tests", Integer.toString(cases.size()));
        attrs.put("failures", Long.toString(count(cases, CodebuildCase.Outcome.FAILED)));
        attrs.put("errors", Long.toString(count(cases, CodebuildCase.Outcome.ERROR)));
        attrs.put("skipped", Long.toString(count(cases, CodebuildCase.Outcome.SKIPPED)));
    }

    private static long count(List<CodebuildCase> cases, CodebuildCase.Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static void writeCase(XmlOut xml, CodebuildCase c, String classname) throws IOException {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("name", c.name());
        attrs.put("classname", classname);
        attrs.put("time", JsNumber.toFixed(c.seconds(), 3));
        switch (c.outcome()) {
            case PASSED -> {
                if (c.attempts() == null) {
                    xml.empty(2, "testcase", attrs);
                    return;
                }
                xml.open(2, "testcase", attrs);
                writeAttempts(xml, c);
                xml.close(2, "testcase");
            }
            case SKIPPED -> {
                xml.open(2, "testcase", attrs);
                xml.empty(3, "skipped", Map.of());
                writeAttempts(xml, c);
                xml.close(2, "testcase");
            }
            case FAILED, ERROR -> {
                xml.open(2, "testcase", attrs);
                Map<String, String> problem = new LinkedHashMap<>();
                problem.put("message", cap(c.message()));
                problem.put("type", c.type());
                xml.cdataElement(3, c.outcome() == CodebuildCase.Outcome.FAILED ? "failure" : "error", problem,
                        cap(c.detail()));
                writeAttempts(xml, c);
                xml.close(2, "testcase");
            }
        }
    }

    /** --retry (beyond Newman): how many attempts the case's execution took, as system-out after its outcome. */
    private static void writeAttempts(XmlOut xml, CodebuildCase c) throws IOException {
        if (c.attempts() != null) xml.cdataElement(3, "system-out", Map.of(), cap(c.attempts()));
    }

    static String cap(String text) {
        if (text == null) return "";
        if (text.length() <= MAX_MESSAGE) return text;
        String marker = "… (truncated)";
        return text.substring(0, MAX_MESSAGE - marker.length()) + marker;
    }

    /** The collection file's name without directories (or the collection name when it was not loaded from a file). */
    private String classname(RunSummary summary) {
        return classname(context.collectionSource(), summary.collection().name());
    }

    private static String classname(String source, String collectionName) {
        if (source == null || source.isBlank()) return collectionName;
        String trimmed = source.replaceAll("[?#].*$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String name = trimmed.substring(slash + 1);
        return name.isEmpty() ? collectionName : name;
    }
}
