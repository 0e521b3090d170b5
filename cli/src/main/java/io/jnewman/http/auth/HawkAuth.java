package io.jnewman.http.auth;

import io.jnewman.model.Auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * {@code hawk} as postman-request's Hawk client computes it: a MAC over the normalized "hawk.1.header" string with
 * sha1 or sha256, an optional payload hash ({@code includePayloadHash}), ext, app and dlg.
 */
public final class HawkAuth implements AuthSigner {
    private final Clock clock;

    public HawkAuth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "hawk";
    }

    /** The values the MAC covers. */
    record Artifacts(String ts, String nonce, String method, String resource, String host, String port, String hash,
                     String ext, String app, String dlg) {
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String id = auth.param("authId", "");
        String key = auth.param("authKey", "");
        if (id.isEmpty() || key.isEmpty()) return request;
        String algorithm = auth.param("algorithm", "");
        String hash = null;
        if (auth.flag("includePayloadHash") && !algorithm.isEmpty() && request.body().present()) {
            hash = payloadHash(request.bodyBytes(), algorithm, request.request().header("Content-Type"));
        }
        URI uri = URI.create(request.wireUrl().replace(" ", "%20"));
        String ts = auth.param("timestamp", Long.toString(clock.millis() / 1000));
        String nonce = auth.param("nonce", randomNonce());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String resource = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String port = uri.getPort() >= 0 ? Integer.toString(uri.getPort()) : "http".equals(uri.getScheme()) ? "80" : "443";
        Artifacts a = new Artifacts(ts, nonce, request.method(), resource, uri.getHost(), port, hash,
                auth.param("extraData"), auth.param("app"), auth.param("delegation"));
        return request.withHeader("Authorization", header(id, key, algorithm, a));
    }

    static String header(String id, String key, String algorithm, Artifacts a) {
        if (!algorithm.equals("sha1") && !algorithm.equals("sha256")) return "";
        String mac = mac(key, algorithm, a);
        boolean hasExt = a.ext() != null && !a.ext().isEmpty();
        StringBuilder h = new StringBuilder("Hawk id=\"").append(id).append("\", ts=\"").append(a.ts())
                .append("\", nonce=\"").append(a.nonce());
        if (a.hash() != null && !a.hash().isEmpty()) h.append("\", hash=\"").append(a.hash());
        if (hasExt) h.append("\", ext=\"").append(a.ext().replace("\\", "\\\\").replace("\"", "\\\""));
        h.append("\", mac=\"").append(mac).append('"');
        if (a.app() != null && !a.app().isEmpty()) {
            h.append(", app=\"").append(a.app());
            if (a.dlg() != null && !a.dlg().isEmpty()) h.append("\", dlg=\"").append(a.dlg());
            h.append('"');
        }
        return h.toString();
    }

    static String mac(String key, String algorithm, Artifacts a) {
        StringBuilder normalized = new StringBuilder("hawk.1.header\n").append(a.ts()).append('\n')
                .append(a.nonce()).append('\n').append(a.method().toUpperCase()).append('\n')
                .append(a.resource()).append('\n').append(a.host().toLowerCase()).append('\n')
                .append(a.port()).append('\n').append(a.hash() == null ? "" : a.hash()).append('\n');
        // the client escapes only the first backslash and newline (String.replace with a string pattern in JS)
        if (a.ext() != null && !a.ext().isEmpty()) normalized.append(a.ext().replaceFirst("\\\\", "\\\\\\\\")
                .replaceFirst("\n", "\\\\n"));
        normalized.append('\n');
        if (a.app() != null && !a.app().isEmpty()) {
            normalized.append(a.app()).append('\n').append(a.dlg() == null ? "" : a.dlg()).append('\n');
        }
        return Base64.getEncoder().encodeToString(Hashes.hmac(macName(algorithm),
                key.getBytes(StandardCharsets.UTF_8), normalized.toString()));
    }

    static String payloadHash(byte[] payload, String algorithm, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        byte[] head = ("hawk.1.payload\n" + type + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + payload.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        all[all.length - 1] = '\n';
        return Base64.getEncoder().encodeToString(Hashes.digest(algorithm.equals("sha1") ? "SHA-1" : "SHA-256", all));
    }

    private static String macName(String algorithm) {
        return algorithm.equals("sha1") ? "HmacSHA1" : "HmacSHA256";
    }

    private static String randomNonce() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 6);
    }
}
