package io.jnewman.notifier.fakes;

import java.util.Map;

/** What a loopback fake answers. */
public record Reply(int status, Map<String, String> headers, String body) {

    public static Reply json(int status, String contentType, String body) {
        return new Reply(status, Map.of("Content-Type", contentType), body);
    }
}
