package io.jnewman.report;

import java.util.Map;

/** Node's (Linux) errno numbers for the network error codes reports show, e.g. ECONNREFUSED → -111. */
final class NodeErrno {
    private static final Map<String, Integer> CODES = Map.of(
            "ECONNREFUSED", -111, "ECONNRESET", -104, "ETIMEDOUT", -110, "EHOSTUNREACH", -113,
            "ENETUNREACH", -101, "EPIPE", -32, "ENOTFOUND", -3008, "EAI_AGAIN", -3001, "EADDRNOTAVAIL", -99);

    private NodeErrno() {
    }

    static Integer of(String code) {
        return code == null ? null : CODES.get(code);
    }
}
