package io.jnewman.http;

import java.net.ProtocolException;

/**
 * A response head that Node's HTTP parser (llhttp) rejects, with llhttp's code and message ("Parse Error: …").
 * A ProtocolException, so OkHttp does not retry the request on another route.
 */
final class NodeParseException extends ProtocolException {
    final String code;

    NodeParseException(String code, String message) {
        super("Parse Error: " + message);
        this.code = code;
    }
}
