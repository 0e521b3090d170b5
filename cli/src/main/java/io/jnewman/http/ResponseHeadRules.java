package io.jnewman.http;

import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

import java.io.IOException;

/**
 * The HTTP/1.x response-head checks of Node's parser, which OkHttp's lenient reader does not make. Newman fails a
 * request whose response has a malformed header; protocolProfileBehavior.insecureHTTPParser lifts the checks that
 * Node's lenient mode lifts (control characters in values, Transfer-Encoding with Content-Length) and keeps the rest
 * (header names that are not tokens, a bare CR, a repeated or non-numeric Content-Length).
 *
 * <p>OkHttp has already split the lines, so two of Node's checks cannot be made here: LF-only line ends and a
 * malformed chunk size are accepted in both modes, and a folded continuation line is an invalid header in both.
 */
final class ResponseHeadRules {
    static final ResponseHeadRules STRICT = new ResponseHeadRules(false);
    static final ResponseHeadRules INSECURE = new ResponseHeadRules(true);

    private final boolean insecure;

    private ResponseHeadRules(boolean insecure) {
        this.insecure = insecure;
    }

    static ResponseHeadRules of(boolean insecureHttpParser) {
        return insecureHttpParser ? INSECURE : STRICT;
    }

    /** Network interceptor: checks the head of each HTTP/1.x response with the rules tagged on its request. */
    static Response intercept(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseHeadRules rules = chain.request().tag(ResponseHeadRules.class);
        if (rules == null || response.protocol() == Protocol.HTTP_2 || response.protocol() == Protocol.H2_PRIOR_KNOWLEDGE) {
            return response;
        }
        try {
            rules.check(response.headers());
        } catch (NodeParseException e) {
            response.close();
            throw e;
        }
        return response;
    }

    void check(Headers headers) throws NodeParseException {
        int contentLengths = 0;
        boolean transferEncoding = false;
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = headers.value(i);
            if (!isToken(name)) throw new NodeParseException("HPE_INVALID_HEADER_TOKEN", "Invalid header token");
            if (value.indexOf('\r') >= 0) {
                throw new NodeParseException("HPE_LF_EXPECTED", "Missing expected LF after header value");
            }
            if (!insecure && hasControlCharacter(value)) {
                throw new NodeParseException("HPE_INVALID_HEADER_TOKEN", "Invalid header value char");
            }
            if (name.equalsIgnoreCase("Content-Length")) {
                if (++contentLengths > 1) {
                    throw new NodeParseException("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
                }
                if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new NodeParseException("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length");
                }
            }
            if (name.equalsIgnoreCase("Transfer-Encoding")) transferEncoding = true;
        }
        if (!insecure && transferEncoding && contentLengths > 0) {
            throw new NodeParseException("HPE_INVALID_TRANSFER_ENCODING",
                    "Transfer-Encoding can't be present with Content-Length");
        }
    }

    /** RFC 9110 token characters. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    /** Controls other than horizontal tab; bytes from 0x80 up (obs-text) are allowed. */
    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) return true;
        }
        return false;
    }
}
