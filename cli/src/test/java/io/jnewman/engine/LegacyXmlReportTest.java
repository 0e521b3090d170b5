package io.jnewman.engine;

import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** The engine through the launcher, as build tools run it, with the JUnit XML that CI servers read. */
class LegacyXmlReportTest {
    @TempDir
    Path dir;

    @Test
    void launcherRunWritesJunitXmlWithAssertionsAndFailures() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        try (EchoServer server = new EchoServer()) {
            Path collection = SampleCollection.write(dir, server.baseUrl());
            LauncherDiscoveryRequest discovery = request()
                    .selectors(selectFile(collection.toFile()))
                    .filters(includeEngines(JnewmanTestEngine.ENGINE_ID))
                    .configurationParameter("jnewman.envVar.page", "2")
                    .build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(discovery, new LegacyXmlReportGeneratingListener(reports,
                    new PrintWriter(new StringWriter())));
        }

        List<Path> files;
        try (Stream<Path> listing = Files.list(reports)) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        String xml = Files.readString(files.getFirst());
        assertThat(xml)
                .contains("name=\"status is 200\"", "name=\"count is wrong\"", "name=\"not yet\"")
                .contains("<failure message=\"expected 1 to equal 2\"")
                .contains("ReferenceError: nope is not defined")
                // request and script errors are not AssertionErrors, so the XML counts them as errors
                .contains("tests=\"6\"", "skipped=\"1\"", "failures=\"1\"", "errors=\"2\"");
    }
}
