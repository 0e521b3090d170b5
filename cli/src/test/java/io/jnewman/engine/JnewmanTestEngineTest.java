package io.jnewman.engine;

import io.jnewman.testing.EchoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.dynamicTestRegistered;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.started;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class JnewmanTestEngineTest {
    private EchoServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new EchoServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private EngineExecutionResults run(org.junit.platform.engine.DiscoverySelector selector) {
        return EngineTestKit.engine(JnewmanTestEngine.ENGINE_ID)
                .selectors(selector)
                .configurationParameter("jnewman.envVar.page", "2")
                .execute();
    }

    @Test
    void foldersAndRequestsAreContainersInCollectionOrder() throws IOException {
        EngineExecutionResults events = run(selectFile(SampleCollection.write(dir, server.baseUrl()).toFile()));

        assertThat(events.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("jnewman", "Sample", "Users", "list users", "broken script", "unreachable");
        events.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("list users"), finishedSuccessfully()))
                .haveExactly(1, event(container(), displayName("Users"), finishedSuccessfully()))
                .haveExactly(1, event(container(), displayName("Sample"), finishedSuccessfully()));
    }

    @Test
    void assertionsBecomeDynamicTestsWithTheirOutcome() throws IOException {
        Events tests = run(selectFile(SampleCollection.write(dir, server.baseUrl()).toFile())).testEvents();

        tests.assertStatistics(s -> s.dynamicallyRegistered(6).started(5).succeeded(2).failed(3).skipped(1));
        tests.assertThatEvents()
                .haveExactly(1, event(test(), displayName("status is 200"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("page comes from the environment"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("count is wrong"),
                        finishedWithFailure(message("expected 1 to equal 2"))))
                .haveExactly(1, event(test(), displayName("not yet"), skippedWithReason("skipped by pm.test.skip")))
                .haveExactly(1, event(dynamicTestRegistered(displayName("not yet"))));
    }

    @Test
    void requestAndScriptErrorsAreFailedTests() throws IOException {
        Events tests = run(selectFile(SampleCollection.write(dir, server.baseUrl()).toFile())).testEvents();

        tests.assertThatEvents()
                .haveExactly(1, event(test(), displayName("test script"),
                        finishedWithFailure(instanceOf(RunFailure.class), message("ReferenceError: nope is not defined"))))
                .haveExactly(1, event(test(), displayName("request"),
                        finishedWithFailure(instanceOf(RunFailure.class), message(m -> m.contains("ECONNREFUSED")))));
    }

    @Test
    void directorySelectorFindsOnlyCollectionFiles() throws IOException {
        SampleCollection.write(dir, server.baseUrl());
        Files.writeString(dir.resolve("other.json"), "{}");

        EngineExecutionResults events = run(selectDirectory(dir.toFile()));

        assertThat(events.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .contains("Sample").doesNotContain("other.json");
        assertThat(server.seen()).contains("GET /users?page=2", "GET /broken");
    }

    @Test
    void collectionThatDoesNotLoadFailsWithOneLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.postman_collection.json"), "{ not json");

        Events containers = run(selectFile(broken.toFile())).containerEvents();

        containers.assertThatEvents().haveExactly(1, event(container(), displayName("broken.postman_collection.json"),
                finishedWithFailure(instanceOf(RunFailure.class), message(m -> !m.contains("\n")))));
    }

    @Test
    void requestsNotRunAreSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("jump.postman_collection.json"), """
                {"info": {"name": "Jump"}, "item": [
                  {"name": "first", "request": {"url": "%1$s/a"},
                   "event": [{"listen": "test", "script": {"exec": ["pm.execution.setNextRequest('third');"]}}]},
                  {"name": "second", "request": {"url": "%1$s/b"}},
                  {"name": "third", "request": {"url": "%1$s/c"}}
                ]}
                """.formatted(server.baseUrl()));

        Events containers = run(selectFile(file.toFile())).containerEvents();

        containers.assertThatEvents()
                .haveExactly(1, event(container(), displayName("second"), skippedWithReason("not run")))
                .haveExactly(1, event(container(), displayName("third"), finishedSuccessfully()));
    }
}
