package io.jnewman.http.auth;

import io.jnewman.model.Auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code digest} (RFC 7616) as postman-runtime computes it: MD5, SHA-256 and SHA-512-256 with their -sess variants,
 * qop auth and auth-int. Without realm and nonce the request goes out unsigned; a 401/403 Digest challenge fills
 * them in and asks for a replay, unless {@code disableRetryRequest} is set or the challenge brings nothing new.
 */
public final class DigestAuth implements AuthSigner {
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern REALM = Pattern.compile("realm=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern QOP = Pattern.compile("qop=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPAQUE = Pattern.compile("opaque=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Override
    public String type() {
        return "digest";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) throws AuthException {
        String username = auth.param("username", "");
        String realm = auth.param("realm", "");
        if (username.isEmpty() || realm.isEmpty()) return request;
        String algorithm = auth.param("algorithm", "MD5");
        String hashAlgo = switch (algorithm) {
            case "MD5", "MD5-sess" -> "MD5";
            case "SHA-256", "SHA-256-sess" -> "SHA-256";
            case "SHA-512-256", "SHA-512-256-sess" -> "SHA-512/256";
            default -> throw new AuthException("Unsupported digest algorithm: " + algorithm);
        };
        String qop = auth.param("qop", "");
        String uri = requestTarget(request.wireUrl());
        String bodyHash = "auth-int".equals(qop) ? Hashes.hex(hashAlgo, request.bodyBytes()) : null;
        String header = header(new Params(algorithm, hashAlgo, username, realm, auth.param("password", ""),
                request.method(), auth.param("nonce", ""), auth.param("nonceCount", ""),
                auth.param("clientNonce", ""), auth.param("opaque", ""), qop, uri, bodyHash));
        return request.withHeader("Authorization", header);
    }

    /** Everything the response digest is computed from. */
    record Params(String algorithm, String hashAlgo, String username, String realm, String password, String method,
                  String nonce, String nonceCount, String clientNonce, String opaque, String qop, String uri,
                  String bodyHash) {
    }

    static String header(Params p) {
        String a1 = p.algorithm.endsWith("-sess")
                ? Hashes.hex(p.hashAlgo, p.username + ":" + p.realm + ":" + p.password) + ":" + p.nonce + ":" + p.clientNonce
                : p.username + ":" + p.realm + ":" + p.password;
        String a2 = "auth-int".equals(p.qop) ? p.method + ":" + p.uri + ":" + p.bodyHash : p.method + ":" + p.uri;
        String ha1 = Hashes.hex(p.hashAlgo, a1);
        String ha2 = Hashes.hex(p.hashAlgo, a2);
        boolean withQop = "auth".equals(p.qop) || "auth-int".equals(p.qop);
        String response = withQop
                ? Hashes.hex(p.hashAlgo, String.join(":", ha1, p.nonce, p.nonceCount, p.clientNonce, p.qop, ha2))
                : Hashes.hex(p.hashAlgo, String.join(":", ha1, p.nonce, ha2));
        List<String> parts = new ArrayList<>(List.of("username=\"" + p.username + "\"", "realm=\"" + p.realm + "\"",
                "nonce=\"" + p.nonce + "\"", "uri=\"" + p.uri + "\"", "algorithm=\"" + p.algorithm + "\""));
        if (withQop) parts.add("qop=" + p.qop);
        if (withQop || "MD5-sess".equals(p.algorithm)) {
            if (!p.nonceCount.isEmpty()) parts.add("nc=" + p.nonceCount);
            parts.add("cnonce=\"" + p.clientNonce + "\"");
        }
        parts.add("response=\"" + response + "\"");
        if (!p.opaque.isEmpty()) parts.add("opaque=\"" + p.opaque + "\"");
        return "Digest " + String.join(", ", parts);
    }

    /** Path and query of the wire URL, as Node's {@code url.path}. */
    private static String requestTarget(String wireUrl) {
        try {
            URI uri = URI.create(wireUrl);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            int start = wireUrl.indexOf('/', wireUrl.indexOf("://") + 3);
            return start < 0 ? "/" : wireUrl.substring(start).replaceFirst("#.*$", "");
        }
    }

    @Override
    public Auth replayWith(Auth auth, AuthChallenge response) {
        if (auth.flag("disableRetryRequest")) return null;
        if (response.code() != 401 && response.code() != 403) return null;
        String challenge = response.all("WWW-Authenticate").stream()
                .filter(v -> v.toLowerCase().startsWith("digest")).findFirst().orElse(null);
        if (challenge == null) return null;
        Map<String, String> found = new LinkedHashMap<>();
        found.put("nonce", field(challenge, NONCE));
        found.put("realm", field(challenge, REALM));
        String opaque = field(challenge, OPAQUE);
        if (!opaque.isEmpty()) found.put("opaque", opaque);
        String qop = field(challenge, QOP);
        if (!qop.isEmpty()) found.put("qop", qop);
        if (!qop.isEmpty() || !auth.param("qop", "").isEmpty()) {
            found.put("clientNonce", Hashes.randomAlphanumeric(8));
            found.put("nonceCount", "00000001");
        }
        // the runtime stops when every value the challenge provides is already set (the replay did not help)
        if (found.keySet().stream().allMatch(k -> !auth.param(k, "").isEmpty())) return null;
        Map<String, String> params = new LinkedHashMap<>(auth.params());
        params.putAll(found);
        return new Auth(auth.type(), params);
    }

    private static String field(String header, Pattern pattern) {
        Matcher m = pattern.matcher(header);
        return m.find() ? m.group(1) : "";
    }

}
