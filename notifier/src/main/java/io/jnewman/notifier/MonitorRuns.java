package io.jnewman.notifier;

import io.jnewman.monitor.Health;
import io.jnewman.monitor.Monitor;
import io.jnewman.monitor.MonitorKey;
import io.jnewman.monitor.MonitorStateStore;
import io.jnewman.monitor.Observation;
import io.jnewman.monitor.StateChangeListener;
import io.jnewman.monitor.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Handles a scheduled monitor build: every collection in its report is one monitored key (collection + environment),
 * passing when none of its cases failed, plus one key for the build itself, failing when the build left no test cases
 * at all (it broke before jnewman ran, so no collection could speak). State changes page through PagerDuty and post
 * one Slack message each; steady states say nothing.
 */
public final class MonitorRuns {

    private final MonitorStateStore states;
    private final StateChangeListener pager;
    private final MonitorMessages messages;

    public MonitorRuns(MonitorStateStore states, StateChangeListener pager, MonitorMessages messages) {
        this.states = states;
        this.pager = pager;
        this.messages = messages;
    }

    /** The transitions of the build's keys, in the order they were recorded. */
    public List<Transition> record(BuildResult result) {
        BuildRun run = result.run();
        String environment = run.stage().orElse("unknown");
        Instant observedAt = run.startTime() != null ? run.startTime() : run.endTime();
        String link = result.reports().isEmpty() ? ConsoleLinks.build(run.arn())
                : ConsoleLinks.report(result.reports().get(0).arn());

        List<Transition> transitions = new ArrayList<>();
        boolean noCases = result.cases().isEmpty();
        Observation build = new Observation(new MonitorKey("build " + run.projectName(), environment),
                noCases ? Health.FAILING : Health.PASSING, observedAt,
                noCases ? (result.hasReport() ? "the test report has no test cases" : "no test report") : "",
                ConsoleLinks.build(run.arn()));
        transitions.add(observe(build, result));

        Map<String, List<TestCase>> byCollection = new TreeMap<>();
        for (TestCase c : result.cases()) {
            byCollection.computeIfAbsent(c.prefix(), k -> new ArrayList<>()).add(c);
        }
        byCollection.forEach((collection, cases) -> {
            long failed = cases.stream().filter(TestCase::failed).count();
            long passed = cases.stream().filter(TestCase::passed).count();
            Observation observation = new Observation(new MonitorKey(collection, environment),
                    failed > 0 ? Health.FAILING : Health.PASSING, observedAt,
                    failed > 0 ? failed + " of " + cases.size() + " tests failed" : passed + " of " + cases.size() + " passed",
                    link);
            BuildResult ofCollection = new BuildResult(run, result.reports().isEmpty() ? List.of()
                    : List.of(new TestReport(result.reports().get(0).arn(), cases)));
            transitions.add(observe(observation, ofCollection));
        });
        return transitions;
    }

    private Transition observe(Observation observation, BuildResult shown) {
        StateChangeListener channel = (transition, o) -> messages.post(transition, o, shown);
        return new Monitor(states, List.of(pager, channel)).observe(observation);
    }
}
