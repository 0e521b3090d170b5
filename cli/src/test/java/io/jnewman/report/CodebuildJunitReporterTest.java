package io.jnewman.report;

import io.jnewman.http.Exchange;
import io.jnewman.model.Collection;
import io.jnewman.model.Item;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.Cursor;
import io.jnewman.run.RunEvent;
import io.jnewman.run.RunSummary;
import io.jnewman.run.RunTimings;
import io.jnewman.run.SummaryFixture;
import io.jnewman.script.Assertion;
import io.jnewman.script.ScriptError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CodebuildJunitReporterTest {
    @TempDir
    Path dir;

    private Document demo() throws Exception {
        TestContexts io = new TestContexts(dir);
        CodebuildJunitReporter reporter = new CodebuildJunitReporter(new ReporterOptions(Map.of("export", "cb.xml")),
                io.context(false, false, "collections/team/demo.postman_collection.json"));
        new DemoRun().replay(reporter::on);
        return parse();
    }

    private Document parse() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("cb.xml").toFile());
    }

    @Test
    void countsAgreeWithTheWrittenElements() throws Exception {
        Document doc = demo();
        Element root = doc.getDocumentElement();
        NodeList suites = root.getElementsByTagName("testsuite");
        int tests = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            int cases = suite.getElementsByTagName("testcase").getLength();
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases));
            assertThat(suite.getAttribute("failures"))
                    .isEqualTo(Integer.toString(suite.getElementsByTagName("failure").getLength()));
            assertThat(suite.getAttribute("errors"))
                    .isEqualTo(Integer.toString(suite.getElementsByTagName("error").getLength()));
            assertThat(suite.getAttribute("skipped"))
                    .isEqualTo(Integer.toString(suite.getElementsByTagName("skipped").getLength()));
            tests += cases;
        }
        // 24 assertions, 2 script errors, 2 request errors
        assertThat(tests).isEqualTo(28);
        assertThat(root.getAttribute("tests")).isEqualTo("28");
        assertThat(root.getAttribute("failures")).isEqualTo("7");
        assertThat(root.getAttribute("errors")).isEqualTo("4");
        assertThat(root.getAttribute("skipped")).isEqualTo("2");
    }

    @Test
    void namesCarryIterationPathAndFile() throws Exception {
        Document doc = demo();
        List<String> suiteNames = attributes(doc, "testsuite", "name");
        assertThat(suiteNames).containsExactly("Users / Get user", "Users / Create user", "Broken script",
                "Server error", "Conn refused");
        List<String> cases = attributes(doc, "testcase", "name");
        assertThat(cases).contains("flaky [iteration 1]", "flaky [iteration 2]", "request error [iteration 2]",
                "test-script error [iteration 1]");
        assertThat(attributes(doc, "testcase", "classname")).containsOnly("demo.postman_collection.json");
    }

    @Test
    void errorsAndSkipsAreTheirOwnElements() throws Exception {
        Document doc = demo();
        Element requestError = testcase(doc, "request error [iteration 1]");
        Element error = (Element) requestError.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("ECONNREFUSED");
        assertThat(error.getAttribute("message")).isEqualTo("connect ECONNREFUSED 127.0.0.1:1");
        Element scriptError = (Element) testcase(doc, "test-script error [iteration 2]").getElementsByTagName("error").item(0);
        assertThat(scriptError.getAttribute("type")).isEqualTo("ReferenceError");
        assertThat(testcase(doc, "skipped test [iteration 1]").getElementsByTagName("skipped").getLength()).isEqualTo(1);
        Element flaky2 = testcase(doc, "flaky [iteration 2]");
        assertThat(flaky2.getChildNodes().getLength()).isZero();
        Element failure = (Element) testcase(doc, "flaky [iteration 1]").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("expected +0 to equal 1");
        assertThat(failure.getTextContent()).startsWith("AssertionError: expected +0 to equal 1");
    }

    @Test
    void aSingleIterationKeepsPlainNames() throws Exception {
        write(1, 3, false);
        assertThat(attributes(parse(), "testcase", "name")).containsExactly("check 0", "check 1", "check 2");
    }

    @Test
    void atMostFiveHundredCasesFailuresFirst() throws Exception {
        TestContexts io = write(1, 700, true);
        Document doc = parse();
        List<String> names = attributes(doc, "testcase", "name");
        assertThat(names).hasSize(CodebuildJunitReporter.MAX_CASES);
        // every third assertion fails: all 234 failures are kept, the first 266 passes fill the rest, run order kept
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(234);
        assertThat(names.get(0)).isEqualTo("check 0");
        assertThat(names).contains("check 699").doesNotContain("check 698");
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("500");
        assertThat(io.stderr()).contains("200 left out");
    }

    @Test
    void longMessagesAreCapped() {
        String capped = CodebuildJunitReporter.cap("x".repeat(12_000));
        assertThat(capped).hasSize(CodebuildJunitReporter.MAX_MESSAGE).endsWith("(truncated)");
        assertThat(CodebuildJunitReporter.cap("short")).isEqualTo("short");
    }

    /** One item run once with {@code n} assertions; with {@code failEveryThird} assertions 0, 3, 6 … fail. */
    private TestContexts write(int cycles, int n, boolean failEveryThird) {
        Collection collection = DemoRun.load("demo-collection.json");
        Item item = collection.requestItems().get(0);
        Cursor c = new Cursor(0, 0, 1, cycles, "ref", "h");
        List<RunEvent> events = new ArrayList<>();
        events.add(new RunEvent.RunStarted(collection, cycles, 1));
        events.add(new RunEvent.ItemStarted(c, item));
        events.add(new RunEvent.RequestSent(c, item, new Exchange(DemoRun.sent("GET", "http://x/"),
                DemoRun.response(200, "OK", 5, 1), null), false));
        for (int i = 0; i < n; i++) {
            ScriptError err = failEveryThird && i % 3 == 0 ? new ScriptError("AssertionError", "no " + i, null) : null;
            events.add(new RunEvent.AssertionMade(c, item, new Assertion("check " + i, i, false, err)));
        }
        events.add(new RunEvent.ItemFinished(c, item, false));
        RunSummary summary = SummaryFixture.summarize(events, collection, VariableScope.empty("environment"),
                VariableScope.empty("globals"), new RunTimings(0, 0, 0, 0, 1, 2), null);
        events.add(new RunEvent.RunFinished(summary));
        TestContexts io = new TestContexts(dir);
        CodebuildJunitReporter reporter = new CodebuildJunitReporter(new ReporterOptions(Map.of("export", "cb.xml")),
                io.context(false, false, null));
        events.forEach(reporter::on);
        return io;
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) return e;
        }
        throw new AssertionError("no testcase " + name);
    }

    private static List<String> attributes(Document doc, String tag, String attribute) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add(((Element) nodes.item(i)).getAttribute(attribute));
        return out;
    }
}
