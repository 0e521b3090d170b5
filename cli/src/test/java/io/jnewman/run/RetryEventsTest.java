package io.jnewman.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.http.HttpExecutor;
import io.jnewman.http.HttpSettings;
import io.jnewman.http.OkHttpExecutor;
import io.jnewman.load.CollectionLoader;
import io.jnewman.model.Collection;
import io.jnewman.resolve.VariableScope;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.ScriptSandbox;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How retries travel as events: the discarded attempts publish nothing, one {@link RunEvent.ItemRetried} comes
 * right before the last attempt's events under the same cursor, and the loop guard announces itself before the
 * run stops.
 */
class RetryEventsTest {
    private static ScriptSandbox sandbox;
    private static HttpExecutor http;

    @BeforeAll
    static void start() {
        sandbox = new GraalSandbox();
        http = OkHttpExecutor.create(HttpSettings.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
        http.close();
    }

    private static Collection collection(String url, String test) throws IOException {
        String json = "{\"info\": {\"name\": \"events\"}, \"item\": [{\"name\": \"Flaky\", \"request\": \"" + url
                + "\", \"event\": [{\"listen\": \"test\", \"script\": {\"exec\": [" + new ObjectMapper().writeValueAsString(test)
                + "]}}]}]}";
        return CollectionLoader.fromJson(new ObjectMapper().readTree(json), "events.json");
    }

    private static List<RunEvent> run(Collection collection, RunOptions options) {
        List<RunEvent> events = new ArrayList<>();
        RunScopes scopes = new RunScopes(VariableScope.empty("globals"), VariableScope.empty("environment"),
                VariableScope.empty("collection"));
        new Runner(collection, scopes, List.of(), options, http, sandbox, List.of(events::add)).run();
        return events;
    }

    private static List<String> kinds(List<RunEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    @Test
    void onlyTheLastAttemptIsPublishedRightAfterItsItemRetried() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(500));
            server.enqueue(new MockResponse().setResponseCode(503));
            server.enqueue(new MockResponse().setResponseCode(200));
            List<RunEvent> events = run(collection(server.url("/x").toString(),
                    "pm.test('ok', () => pm.response.to.have.status(200));"), RunOptions.defaults().withRetries(3, 0));

            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(kinds(events)).containsExactly("RunStarted", "IterationStarted", "ItemRetried", "ItemStarted",
                    "PhaseFinished", "RequestSent", "AssertionMade", "ScriptFinished", "PhaseFinished", "ItemFinished",
                    "IterationFinished", "RunFinished");
            RunEvent.ItemRetried retried = (RunEvent.ItemRetried) events.get(2);
            assertThat(retried.attempts()).isEqualTo(3);
            assertThat(retried.flaky()).isTrue();
            assertThat(retried.earlierFailures()).containsExactly(
                    "attempt 1: assertion \"ok\" failed: expected response to have status code 200 but got 500",
                    "attempt 2: assertion \"ok\" failed: expected response to have status code 200 but got 503");
            assertThat(retried.cursor().ref()).isEqualTo(((RunEvent.ItemStarted) events.get(3)).cursor().ref());
            RunSummary summary = ((RunEvent.RunFinished) events.getLast()).summary();
            assertThat(summary.stats().get("requests").total()).isEqualTo(1);
            assertThat(summary.failures()).isEmpty();
        }
    }

    @Test
    void aPassingFirstAttemptPublishesNoItemRetried() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(200));
            List<RunEvent> events = run(collection(server.url("/x").toString(),
                    "pm.test('ok', () => pm.response.to.have.status(200));"), RunOptions.defaults().withRetries(3, 0));

            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(events).noneMatch(e -> e instanceof RunEvent.ItemRetried);
        }
    }

    @Test
    void theLoopGuardIsPublishedAndEndsTheRunAsAFatalError() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            for (int i = 0; i < 3; i++) server.enqueue(new MockResponse().setResponseCode(200));
            List<RunEvent> events = run(collection(server.url("/x").toString(), "postman.setNextRequest('Flaky');"),
                    RunOptions.defaults().withMaxItemRuns(3));

            assertThat(server.getRequestCount()).isEqualTo(3);
            RunEvent.LoopGuardTripped tripped = events.stream().filter(e -> e instanceof RunEvent.LoopGuardTripped)
                    .map(e -> (RunEvent.LoopGuardTripped) e).findFirst().orElseThrow();
            assertThat(tripped.item().name()).isEqualTo("Flaky");
            assertThat(tripped.limit()).isEqualTo(3);
            RunSummary summary = ((RunEvent.RunFinished) events.getLast()).summary();
            assertThat(summary.fatalError()).isEqualTo(tripped.message());
        }
    }
}
