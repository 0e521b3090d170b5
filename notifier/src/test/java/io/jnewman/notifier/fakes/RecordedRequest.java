package io.jnewman.notifier.fakes;

import java.util.List;
import java.util.Map;

/** A request a loopback fake received. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

    public String header(String name) {
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().isEmpty() ? null : e.getValue().get(0);
            }
        }
        return null;
    }
}
