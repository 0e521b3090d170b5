package io.jnewman.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * PagerDuty Events API v2 ({@code POST /v2/enqueue}): {@code trigger} opens or updates the incident of a dedup key,
 * {@code resolve} closes it. Throttling (429) and server errors are retried with doubling waits; a rejected event
 * (400: bad routing key or payload) is not, since sending it again cannot succeed.
 */
public final class PagerDutyEvents {

    /** PagerDuty's endpoint; configurable so a proxy, a regional endpoint or a local fake can take its place. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://events.pagerduty.com/v2/enqueue");

    static final int MAX_SUMMARY = 1024; // the API truncates longer summaries; cut them here so the cut is ours
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits between attempts; tests record instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final URI endpoint;
    private final Supplier<String> routingKey;
    private final Pause pause;
    private final int maxAttempts;

    public PagerDutyEvents(HttpClient http, URI endpoint, Supplier<String> routingKey, Pause pause, int maxAttempts) {
        this.http = http;
        this.endpoint = endpoint;
        this.routingKey = routingKey;
        this.pause = pause;
        this.maxAttempts = maxAttempts;
    }

    public static PagerDutyEvents create(URI endpoint, Supplier<String> routingKey) {
        return new PagerDutyEvents(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                endpoint, routingKey, Thread::sleep, 3);
    }

    /**
     * Opens the incident for {@code dedupKey}, or adds to the open one.
     *
     * @param source where the problem is, e.g. the environment's name
     */
    public void trigger(String dedupKey, String summary, String source, String link) {
        ObjectNode event = envelope("trigger", dedupKey);
        String cut = summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
        event.putObject("payload").put("summary", cut).put("source", source).put("severity", "critical")
                .put("component", "jnewman monitor");
        if (link != null && !link.isBlank()) {
            event.putArray("links").addObject().put("href", link).put("text", "Test report");
        }
        send(event);
    }

    public void resolve(String dedupKey) {
        send(envelope("resolve", dedupKey));
    }

    private ObjectNode envelope(String action, String dedupKey) {
        return JSON.createObjectNode().put("routing_key", routingKey.get()).put("event_action", action)
                .put("dedup_key", dedupKey).put("client", "jnewman");
    }

    private void send(ObjectNode event) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build();
        Duration wait = Duration.ofSeconds(1);
        String action = event.path("event_action").asText();
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                problem = "PagerDuty answered " + status + " to " + action + ": " + response.body();
                if (status != 429 && status < 500) {
                    throw new PagerDutyException(problem);
                }
            } catch (IOException e) {
                problem = "cannot reach PagerDuty at " + endpoint + " for " + action + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PagerDutyException("interrupted sending " + action + " to PagerDuty", e);
            }
            if (attempt >= maxAttempts) {
                throw new PagerDutyException(problem + " (after " + attempt + " attempts)");
            }
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PagerDutyException("interrupted sending " + action + " to PagerDuty", e);
            }
            wait = wait.multipliedBy(2);
        }
    }
}
