package io.jnewman.http.auth;

import io.jnewman.http.UrlEncoder;
import io.jnewman.model.Auth;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Url;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * {@code edgegrid}: Akamai EG1-HMAC-SHA256 as postman-runtime signs it: the signing key is HMAC(timestamp, secret);
 * the data to sign joins method, scheme, host (or baseURL's host), path with query, the canonical
 * {@code headersToSign}, the POST body hash (first maxBodySize bytes, default 128 KiB) and the auth header prefix.
 */
public final class EdgeGridAuth implements AuthSigner {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss'+0000'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public EdgeGridAuth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "edgegrid";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String accessToken = auth.param("accessToken", "");
        String clientToken = auth.param("clientToken", "");
        String clientSecret = auth.param("clientSecret", "");
        if (accessToken.isEmpty() || clientToken.isEmpty() || clientSecret.isEmpty()) return request;
        String timestamp = auth.param("timestamp", TIMESTAMP.format(clock.instant()));
        String nonce = auth.param("nonce", UUID.randomUUID().toString());
        URI uri = URI.create(request.wireUrl().replace(" ", "%20"));
        String host = uri.getRawAuthority().replaceFirst("^.*@", "");
        String baseUrl = auth.param("baseURL", "");
        if (!baseUrl.isEmpty()) {
            URI base = URI.create(UrlEncoder.toWire(Url.parse(baseUrl), false));
            host = base.getRawAuthority().replaceFirst("^.*@", "");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
        String bodyHash = "";
        if (request.method().equals("POST") && request.body().present()) {
            int max = (int) parseLong(auth.param("maxBodySize", ""), 131072);
            byte[] body = request.bodyBytes();
            byte[] limited = max <= 0 ? new byte[0] : Arrays.copyOf(body, Math.min(body.length, max));
            bodyHash = Base64.getEncoder().encodeToString(Hashes.digest("SHA-256", limited));
        }
        String header = "EG1-HMAC-SHA256 client_token=" + clientToken + ";access_token=" + accessToken
                + ";timestamp=" + timestamp + ";nonce=" + nonce + ";";
        String data = String.join("\t", request.method(), uri.getScheme(), host, path,
                canonicalHeaders(auth.param("headersToSign", ""), request.request().headers()), bodyHash, header);
        byte[] signingKey = Base64.getEncoder().encode(Hashes.hmac("HmacSHA256",
                clientSecret.getBytes(StandardCharsets.UTF_8), timestamp));
        String signature = Base64.getEncoder().encodeToString(Hashes.hmac("HmacSHA256", signingKey, data));
        return request.withHeader("Authorization", header + "signature=" + signature);
    }

    static String canonicalHeaders(String headersToSign, List<KeyValue> headers) {
        List<String> out = new ArrayList<>();
        if (headersToSign.isEmpty()) return "";
        for (String name : headersToSign.split(",")) {
            String lower = name.trim().toLowerCase();
            String value = null;
            for (KeyValue h : headers) if (!h.disabled() && h.key().equalsIgnoreCase(lower)) value = h.value();
            if (value == null || value.isEmpty()) continue;
            out.add(lower + ":" + value.trim().replaceAll("\\s+", " "));
        }
        return String.join("\t", out);
    }

    private static long parseLong(String s, long fallback) {
        try {
            return s.isEmpty() ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
