package io.jnewman.cli;

import io.jnewman.monitor.Health;
import io.jnewman.monitor.InMemoryMonitorStates;
import io.jnewman.monitor.Monitor;
import io.jnewman.monitor.MonitorKey;
import io.jnewman.monitor.Observation;
import io.jnewman.monitor.PagerDutyAlerts;
import io.jnewman.monitor.PagerDutyEvents;
import io.jnewman.monitor.StateChangeListener;
import io.jnewman.monitor.Transition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code jnewman monitor <collection> --every 5m}: runs the collection on a schedule and prints only state changes
 * (it started failing, it recovered), the same state machine the AWS monitor uses; optionally pages PagerDuty once per
 * outage. Extra run options go after {@code --}, e.g. {@code -- -e prod.json}.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a collection on a schedule and report when it starts failing or recovers.")
public final class MonitorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<collection>", description = "Collection file path or http(s) URL.")
    String collection;

    @Parameters(index = "1..*", paramLabel = "<run option>", description = "Options for each run (after --).")
    List<String> runOptions = new ArrayList<>();

    @Option(names = "--every", paramLabel = "<interval>", converter = Converters.Interval.class,
            description = "Time between runs: 30s, 5m, 1h (default 5m).")
    Duration every = Duration.ofMinutes(5);

    @Option(names = "--times", paramLabel = "<n>", description = "Stop after n runs (default: run until stopped).")
    int times;

    @Option(names = "--environment-name", paramLabel = "<name>", description = "Environment name in alerts (default: local).")
    String environmentName = "local";

    @Option(names = "--pagerduty-routing-key-env", paramLabel = "<variable>",
            description = "Page PagerDuty (Events API v2) with the routing key in this environment variable.")
    String pagerDutyKeyVariable;

    @Option(names = "--pagerduty-url", paramLabel = "<url>", description = "PagerDuty events endpoint (default: PagerDuty's).")
    URI pagerDutyUrl = PagerDutyEvents.DEFAULT_ENDPOINT;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws InterruptedException {
        List<StateChangeListener> listeners = new ArrayList<>();
        listeners.add((transition, observation) -> out.println(Instant.now() + " " + describe(transition) + ": "
                + observation.key().collection() + " (" + observation.key().environment() + ") " + observation.summary()));
        if (pagerDutyKeyVariable != null) {
            String key = System.getenv(pagerDutyKeyVariable);
            if (key == null || key.isBlank()) {
                err.println("error: environment variable " + pagerDutyKeyVariable + " holds no PagerDuty routing key");
                return 1;
            }
            listeners.add(new PagerDutyAlerts(PagerDutyEvents.create(pagerDutyUrl, () -> key)));
        }
        Monitor monitor = new Monitor(new InMemoryMonitorStates(), listeners);
        MonitorKey key = new MonitorKey(Path.of(collection).getFileName().toString(), environmentName);
        out.println("monitoring " + collection + " every " + every.toSeconds() + "s (Ctrl-C to stop)");
        for (int run = 1; times <= 0 || run <= times; run++) {
            Instant started = Instant.now();
            int code = runOnce();
            Health health = code == 0 ? Health.PASSING : Health.FAILING;
            monitor.observe(new Observation(key, health, started, code == 0 ? "passing" : "failing (exit " + code + ")", null));
            if (times > 0 && run == times) break;
            Thread.sleep(every.toMillis());
        }
        return 0;
    }

    private int runOnce() {
        List<String> args = new ArrayList<>(List.of("run", collection, "-r", "cli", "--silent"));
        args.addAll(runOptions);
        return Main.execute(new PrintStream(PrintStream.nullOutputStream()), err, args.toArray(String[]::new));
    }

    private static String describe(Transition transition) {
        return transition == Transition.RECOVERED ? "RECOVERED" : "FAILING";
    }
}
