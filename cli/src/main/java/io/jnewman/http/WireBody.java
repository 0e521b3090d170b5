package io.jnewman.http;

/**
 * A request body as it goes on the wire, kept in memory so that redirects, auth replays and signers (body hashes)
 * can read it again. {@code contentType} is the Content-Type the body mode implies (null: none).
 */
public record WireBody(byte[] content, String contentType) {
    public static final WireBody NONE = new WireBody(null, null);

    public boolean present() {
        return content != null;
    }
}
