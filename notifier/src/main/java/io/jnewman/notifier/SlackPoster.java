package io.jnewman.notifier;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Posts a message with chat.postMessage. Rate limiting (HTTP 429) and server errors (5xx) are retried with
 * exponential backoff, waiting at least what Slack's {@code Retry-After} header asks; other errors fail at once.
 */
public final class SlackPoster {

    private static final Logger LOG = Logger.getLogger(SlackPoster.class.getName());

    private final Supplier<MethodsClient> methods;
    private final String channel;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxWait;

    /**
     * @param methods gives a Slack client holding the bot token; asked once per post, so the token is only read
     *                when there is something to post
     */
    public SlackPoster(Supplier<MethodsClient> methods, String channel, Sleeper sleeper, int maxAttempts,
                       Duration firstBackoff, Duration maxWait) {
        this.methods = methods;
        this.channel = channel;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxWait = maxWait;
    }

    /** Returns the posted message's timestamp ({@code ts}). */
    public String post(SlackMessage message) {
        MethodsClient client = methods.get();
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                ChatPostMessageResponse response = client.chatPostMessage(r -> r
                        .channel(channel)
                        .text(message.text())
                        .blocks(message.blocks())
                        .unfurlLinks(false));
                if (response.isOk()) {
                    return response.getTs();
                }
                if (!"ratelimited".equals(response.getError()) || attempt == maxAttempts) {
                    throw new SlackPostException("Slack refused chat.postMessage to " + channel + ": "
                            + response.getError());
                }
                wait(backoff, attempt, "ratelimited");
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || attempt == maxAttempts) {
                    throw new SlackPostException("Slack answered HTTP " + status + " to chat.postMessage after "
                            + attempt + (attempt == 1 ? " attempt" : " attempts"), e);
                }
                Duration asked = retryAfter(e);
                if (asked.compareTo(maxWait) > 0) {
                    throw new SlackPostException("Slack asks to retry chat.postMessage after " + asked.toSeconds()
                            + "s, longer than the " + maxWait.toSeconds() + "s this invocation waits", e);
                }
                wait(longest(backoff, asked), attempt, "HTTP " + status);
            } catch (IOException e) {
                if (attempt == maxAttempts) {
                    throw new SlackPostException("cannot reach Slack: " + e.getMessage(), e);
                }
                wait(backoff, attempt, e.getClass().getSimpleName());
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    private void wait(Duration wait, int attempt, String reason) {
        Duration capped = wait.compareTo(maxWait) > 0 ? maxWait : wait;
        LOG.info(() -> "chat.postMessage attempt " + attempt + " got " + reason + "; retrying in " + capped);
        try {
            sleeper.sleep(capped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackPostException("interrupted while waiting to retry chat.postMessage");
        }
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        if (header == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            return Duration.ZERO;
        }
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
