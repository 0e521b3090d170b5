package io.jnewman.notifier.fakes;

import io.jnewman.notifier.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Turns a JUnit XML file into the test cases a CodeBuild report group keeps for it, so fake reports can be built
 * from what a real run writes: {@code prefix} from the case's {@code classname}, {@code testSuiteName} from the
 * enclosing {@code <testsuite name>}, {@code name} from the case, status from {@code <failure>}/{@code <error>}/
 * {@code <skipped>}, the message cut at CodeBuild's 5,000 characters, at most 500 cases a report.
 */
public final class CodeBuildJunitImport {

    static final int MAX_MESSAGE = 5000;
    static final int MAX_CASES = 500;

    private CodeBuildJunitImport() {
    }

    public static List<TestCase> read(Path junitXml) throws IOException {
        try (InputStream in = Files.newInputStream(junitXml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            List<TestCase> cases = new ArrayList<>();
            NodeList testcases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                cases.add(toTestCase((Element) testcases.item(i)));
            }
            // CodeBuild keeps at most 500 cases; the CodeBuild-safe writer puts failures first so they survive
            cases.sort(Comparator.comparing(c -> !c.failed()));
            return List.copyOf(cases.subList(0, Math.min(MAX_CASES, cases.size())));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not JUnit XML: " + junitXml + ": " + e.getMessage(), e);
        }
    }

    private static TestCase toTestCase(Element testcase) {
        Element suite = (Element) testcase.getParentNode();
        String status = "SUCCEEDED";
        String message = "";
        for (String[] outcome : new String[][] {{"failure", "FAILED"}, {"error", "ERROR"}, {"skipped", "SKIPPED"}}) {
            NodeList found = testcase.getElementsByTagName(outcome[0]);
            if (found.getLength() > 0) {
                status = outcome[1];
                Element element = (Element) found.item(0);
                message = (element.getAttribute("message") + "\n" + element.getTextContent()).strip();
                break;
            }
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
        return new TestCase(testcase.getAttribute("classname"), suite.getAttribute("name"),
                testcase.getAttribute("name"), status, message);
    }
}
