package io.jnewman.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRecorderTest {
    private static final String USER = "{\"id\":1,\"name\":\"Ann\"}";

    private static ReportPage record(SampleRun run, boolean showAll, HtmlReportHooks hooks, long budget) {
        ReportRecorder recorder = new ReportRecorder(hooks, showAll,
                new BodyFormatter(BodyFormatter.DEFAULT_LIMIT, hooks.masker()), new BodyBudget(budget));
        run.finish();
        run.replay(recorder::on);
        return recorder.page(PageAssets.bundled(), "jnewman");
    }

    private static ReportPage record(SampleRun run) {
        return record(run, false, HtmlReportHooks.none(), BodyBudget.DEFAULT_CHARS);
    }

    /** Iteration 1: Get user passes, Create user fails an assertion, Health is refused. Iteration 2: all pass. */
    private static SampleRun mixed() {
        SampleRun run = SampleRun.users(2);
        run.iteration(0);
        run.item(0, "Get user").respond(200, "OK", "application/json", USER, 30).pass("status is 200")
                .skip("later").console("log", "'fetched'", "1").done();
        run.item(0, "Create user").respond(200, "OK", "application/json", USER, 20)
                .fail("status is 201", "expected response to have status code 201 but got 200").pass("has id").done();
        run.item(0, "Health").refused().done();
        run.endIteration(0);
        run.iteration(1);
        run.item(1, "Get user").respond(200, "OK", "application/json", USER, 10).pass("status is 200").done();
        run.item(1, "Create user").respond(201, "Created", "application/json", USER, 40).pass("status is 201").done();
        run.item(1, "Health").skipped();
        run.endIteration(1);
        return run;
    }

    @Test
    void countsRequestsByOutcomeAndAssertionsForThePassRate() {
        ReportPage page = record(mixed());

        assertThat(page.requestsPassed()).isEqualTo(3);
        assertThat(page.requestsFailed()).isEqualTo(2);
        assertThat(page.requestsSkipped()).isEqualTo(1);
        assertThat(page.assertions()).isEqualTo(new PassRate(4, 1, 1));
        assertThat(page.assertions().percent()).isEqualTo("80%");
        assertThat(page.counts()).contains(new CountRow("iterations", 2, 0), new CountRow("requests", 5, 1),
                new CountRow("assertions", 6, 1));
        assertThat(page.passed()).isFalse();
    }

    @Test
    void groupsRequestsByIterationInRunOrder() {
        ReportPage page = record(mixed());

        assertThat(page.iterations()).extracting(IterationView::number).containsExactly(1, 2);
        assertThat(page.iterations().get(0).requests()).extracting(RequestView::name)
                .containsExactly("Users / Get user", "Users / Create user", "Health");
        assertThat(page.iterations().get(0).failed()).isEqualTo(2);
        RequestView skipped = page.iterations().get(1).requests().get(2);
        assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(skipped.status()).isEqualTo("skipped");
    }

    @Test
    void keepsBodiesOfFailedRequestsOnlyByDefault() {
        ReportPage page = record(mixed());
        RequestView passed = page.iterations().get(0).requests().get(0);
        RequestView failed = page.iterations().get(0).requests().get(1);

        assertThat(passed.responseBody().shown()).isFalse();
        assertThat(passed.responseBody().note()).contains("--reporter-html-show-all-bodies");
        assertThat(failed.responseBody().text()).isEqualTo("{\n  \"id\" : 1,\n  \"name\" : \"Ann\"\n}");
        assertThat(failed.responseBody().json()).isTrue();
        assertThat(failed.requestBody().text()).contains("\"name\" : \"Ann\"");
        assertThat(passed.responseHeaders()).extracting(HeaderLine::name).contains("Content-Type");
    }

    @Test
    void showAllBodiesKeepsPassingBodiesToo() {
        ReportPage page = record(mixed(), true, HtmlReportHooks.none(), BodyBudget.DEFAULT_CHARS);

        assertThat(page.iterations().get(1).requests().get(0).responseBody().text()).contains("\"name\" : \"Ann\"");
    }

    @Test
    void bodiesBeyondTheBudgetAreReplacedByANote() {
        ReportPage page = record(mixed(), true, HtmlReportHooks.none(), 70);
        List<RequestView> kept = page.iterations().stream().flatMap(i -> i.requests().stream())
                .filter(r -> r.responseBody().shown()).toList();
        List<RequestView> dropped = page.iterations().stream().flatMap(i -> i.requests().stream())
                .filter(r -> r.responseBody().note() != null && r.responseBody().note().contains("already holds")).toList();

        assertThat(kept).isNotEmpty();
        assertThat(dropped).isNotEmpty();
        long keptChars = page.iterations().stream().flatMap(i -> i.requests().stream())
                .flatMap(r -> java.util.stream.Stream.of(r.requestBody(), r.responseBody()))
                .filter(BodyView::shown).mapToLong(b -> b.text().length()).sum();
        assertThat(keptChars).isLessThanOrEqualTo(70);
    }

    @Test
    void requestErrorsAndScriptErrorsFailTheRequest() {
        SampleRun run = SampleRun.users(1);
        run.iteration(0);
        run.item(0, "Get user").respond(200, "OK", "text/plain", "fine", 5)
                .scriptError("test", "ReferenceError", "undefinedFn is not defined").done();
        run.item(0, "Health").refused().done();
        ReportPage page = record(run);
        List<RequestView> requests = page.iterations().get(0).requests();

        assertThat(requests.get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(requests.get(0).errors()).containsExactly(
                new ErrorView("test-script", "ReferenceError", "undefinedFn is not defined"));
        assertThat(requests.get(1).status()).isEqualTo("ECONNREFUSED");
        assertThat(requests.get(1).errors()).extracting(ErrorView::message)
                .containsExactly("connect ECONNREFUSED 127.0.0.1:5055");
    }

    @Test
    void ownerHookLabelsFailedRequestsAndTheirFailures() {
        HtmlReportHooks hooks = new HtmlReportHooks(
                item -> item.name().equals("Create user") ? Optional.of("team-users") : Optional.empty(), null);
        ReportPage page = record(mixed(), false, hooks, BodyBudget.DEFAULT_CHARS);

        assertThat(page.iterations().get(0).requests()).extracting(RequestView::owner)
                .containsExactly(null, "team-users", null);
        assertThat(page.iterations().get(1).requests()).extracting(RequestView::owner).containsOnlyNulls();
        assertThat(page.failures()).extracting(FailureView::owner).contains("team-users");
    }

    @Test
    void failureListLinksEachFailureToItsRequestSection() {
        ReportPage page = record(mixed());
        RequestView failed = page.iterations().get(0).requests().get(1);

        assertThat(page.failures()).hasSize(2);
        FailureView assertion = page.failures().get(0);
        assertThat(assertion.anchor()).isEqualTo(failed.anchor());
        assertThat(assertion.what()).isEqualTo("status is 201");
        assertThat(assertion.message()).isEqualTo("AssertionError: expected response to have status code 201 but got 200");
        assertThat(assertion.iteration()).isEqualTo(1);
        assertThat(page.failures().get(1).request()).isEqualTo("Health");
    }

    @Test
    void waterfallPlacesEachRequestAfterThePreviousOnesResponseTimes() {
        ReportPage page = record(mixed());

        // 30 + 20 + 0 (refused) + 10 + 40 = 100 ms; the skipped request has no bar
        assertThat(page.timeline().bars()).extracting(TimelineBar::x)
                .containsExactly("0.00", "300.00", "500.00", "500.00", "600.00");
        assertThat(page.timeline().bars()).extracting(TimelineBar::width)
                .containsExactly("300.00", "200.00", "0.00", "100.00", "400.00");
        assertThat(page.timeline().bars()).extracting(TimelineBar::time)
                .containsExactly("30ms", "20ms", "no response", "10ms", "40ms");
        assertThat(page.timeline().bars().get(0).label()).isEqualTo("#1 Users / Get user");
        assertThat(page.timeline().total()).isEqualTo("100ms");
    }

    @Test
    void consoleOutputStaysWithItsRequest() {
        ReportPage page = record(mixed());

        assertThat(page.iterations().get(0).requests().get(0).console())
                .containsExactly(new ConsoleLine("log", "'fetched' 1"));
        assertThat(page.runConsole()).isEmpty();
    }

    @Test
    void scriptSentRequestsAreListedWithoutReplacingTheItemsOwnRequest() {
        SampleRun run = SampleRun.users(1);
        run.iteration(0);
        run.item(0, "Get user").scriptRequest("http://127.0.0.1:5055/token", 200, 3)
                .respond(404, "Not Found", "text/plain", "missing", 7).fail("found", "expected 404 to equal 200").done();
        ReportPage page = record(run);
        RequestView r = page.iterations().get(0).requests().get(0);

        assertThat(r.status()).isEqualTo("404 Not Found");
        assertThat(r.url()).isEqualTo("http://127.0.0.1:5055/users/1");
        assertThat(r.scriptRequests()).containsExactly(
                new ScriptRequestView("GET", "http://127.0.0.1:5055/token", "200 OK", "3ms"));
    }

    @Test
    void maskerIsAppliedToBodiesBeforeTheyAreCut() {
        UnaryOperator<String> masker = s -> s.replace("s3cr3t", "***");
        SampleRun run = SampleRun.users(1);
        run.iteration(0);
        String body = "x".repeat(BodyFormatter.DEFAULT_LIMIT - 3) + "s3cr3t";
        run.item(0, "Get user").respond(500, "Internal Server Error", "text/plain", body, 5).fail("ok", "no").done();
        ReportPage page = record(run, false, new HtmlReportHooks(null, masker), BodyBudget.DEFAULT_CHARS);

        String shown = page.iterations().get(0).requests().get(0).responseBody().text();
        assertThat(shown).hasSize(BodyFormatter.DEFAULT_LIMIT).endsWith("***").doesNotContain("s3c");
    }
}
