package io.jnewman.http.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code asap} (Atlassian service-to-service auth): an asymmetric JWT with iss, sub, aud, jti, iat and exp claims
 * (default lifetime 3600 s, algorithm RS256) and the {@code kid} header, sent as a Bearer token. The private key
 * may be PEM or the ASAP {@code data:application/pkcs8;kid=…;base64,…} form.
 */
public final class AsapAuth implements AuthSigner {
    private static final Pattern DATA_URI = Pattern.compile("^data:application/pkcs8;kid=([\\w.\\-+/]+);base64,([a-zA-Z0-9+/=]+)$");

    private final Clock clock;

    public AsapAuth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "asap";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) throws AuthException {
        ObjectNode claims;
        try {
            claims = JwtAuth.object(auth.param("claims", ""), "claims");
        } catch (AuthException e) {
            throw new AuthException("Failed to parse claims");
        }
        String issuer = text(claims, "iss", auth.param("iss", ""));
        String subject = text(claims, "sub", auth.param("sub", issuer));
        String audience = text(claims, "aud", auth.param("aud", ""));
        String jti = text(claims, "jti", UUID.randomUUID().toString());
        long now = clock.millis() / 1000;
        long issuedAt = claims.hasNonNull("iat") ? claims.get("iat").asLong() : now;
        long lifetime = parseLong(auth.param("exp", ""), 3600);
        long expiry = claims.hasNonNull("exp") ? claims.get("exp").asLong() : now + lifetime;
        String kid = text(claims, "kid", auth.param("kid", ""));
        String alg = auth.param("alg", "RS256");
        String privateKey = auth.param("privateKey", "");
        if (kid.isEmpty() || issuer.isEmpty() || audience.isEmpty() || privateKey.isEmpty()) {
            throw new AuthException("One or more of required claims missing");
        }
        if (!JwsSigner.ASYMMETRIC.contains(alg)) throw new AuthException("invalid algorithm");
        claims.put("iat", issuedAt);
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("jti", jti);
        claims.put("aud", audience);
        claims.put("exp", expiry);
        ObjectNode header = claims.objectNode();
        header.put("alg", alg);
        header.put("kid", kid);
        String token = JwsSigner.sign(alg, header.toString(), claims.toString(), null, pem(privateKey));
        return request.withHeader("Authorization", "Bearer " + token);
    }

    /** PEM as is, or the ASAP data URI turned into a PKCS#8 PEM. */
    static String pem(String privateKey) {
        String key = privateKey.replace("\n", "").replaceAll("^\"(.*)\"$", "$1");
        String decoded = URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
        Matcher m = DATA_URI.matcher(decoded);
        if (!m.matches()) return privateKey;
        return "-----BEGIN PRIVATE KEY-----\n" + m.group(2) + "\n-----END PRIVATE KEY-----\n";
    }

    private static String text(ObjectNode claims, String field, String fallback) {
        return claims.hasNonNull(field) ? claims.get(field).asText() : fallback;
    }

    private static long parseLong(String s, long fallback) {
        try {
            return s.isEmpty() ? fallback : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
