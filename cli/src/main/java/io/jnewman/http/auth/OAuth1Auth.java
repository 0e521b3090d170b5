package io.jnewman.http.auth;

import io.jnewman.http.PemKeys;
import io.jnewman.model.Auth;
import io.jnewman.model.Body;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code oauth1} (RFC 5849) as postman-runtime with node-oauth1 does it: HMAC-SHA1/256/512, RSA-SHA1/256/512 and
 * PLAINTEXT; optional body hash; parameters in the Authorization header, the urlencoded body (POST/PUT) or the
 * query. Unless URL encoding is disabled the query is re-encoded with RFC 3986 rules, as the runtime does.
 */
public final class OAuth1Auth implements AuthSigner {
    private static final Set<String> OAUTH_PARAMS = Set.of("oauth_consumer_key", "oauth_token",
            "oauth_signature_method", "oauth_timestamp", "oauth_nonce", "oauth_version", "oauth_signature",
            "oauth_callback", "oauth_verifier", "oauth_body_hash");
    private static final String NONCE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz";

    private final Clock clock;

    public OAuth1Auth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "oauth1";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) throws AuthException {
        Map<String, String> p = new LinkedHashMap<>(auth.params());
        String method = p.getOrDefault("signatureMethod", "");
        if (method.isEmpty()) method = "HMAC-SHA1";
        String[] parts = method.split("-", 2);
        boolean rsa = parts[0].equalsIgnoreCase("RSA");
        String hashAlgo = parts.length > 1 ? parts[1] : null;
        if (p.getOrDefault("consumerKey", "").isEmpty() || (!rsa && p.getOrDefault("consumerSecret", "").isEmpty())
                || (rsa && p.getOrDefault("privateKey", "").isEmpty())) {
            return request;
        }
        Request req = stripOAuthParams(request.request());
        boolean urlencoded = req.body() != null && "urlencoded".equals(req.body().mode());
        if (p.getOrDefault("nonce", "").isEmpty()) p.put("nonce", nonce());
        if (p.getOrDefault("timestamp", "").isEmpty()) p.put("timestamp", Long.toString(clock.millis() / 1000));
        boolean addEmpty = "true".equals(p.get("addEmptyParamsToSign"));
        if (!addEmpty) p.values().removeIf(v -> v == null || v.trim().isEmpty());

        List<String[]> signatureParams = new ArrayList<>();
        signatureParams.add(new String[]{"oauth_consumer_key", p.get("consumerKey")});
        signatureParams.add(new String[]{"oauth_token", p.get("token")});
        signatureParams.add(new String[]{"oauth_signature_method", method});
        signatureParams.add(new String[]{"oauth_timestamp", p.get("timestamp")});
        signatureParams.add(new String[]{"oauth_nonce", p.get("nonce")});
        signatureParams.add(new String[]{"oauth_version", p.get("version")});
        if (!urlencoded && "true".equals(p.get("includeBodyHash")) && hashAlgo != null) {
            String hash = Base64.getEncoder().encodeToString(Hashes.digest(javaDigest(hashAlgo), request.bodyBytes()));
            signatureParams.add(new String[]{"oauth_body_hash", hash});
        }
        if (p.get("callback") != null) signatureParams.add(new String[]{"oauth_callback", p.get("callback")});
        if (p.get("verifier") != null) signatureParams.add(new String[]{"oauth_verifier", p.get("verifier")});
        signatureParams.removeIf(kv -> !addEmpty && (kv[1] == null || kv[1].isEmpty()));

        List<String[]> all = new ArrayList<>(signatureParams);
        if (urlencoded) {
            for (KeyValue kv : req.body().urlencoded()) if (!kv.disabled()) all.add(new String[]{kv.key(), kv.value()});
        }
        SigningRequest stripped = request.withRequest(req);
        String wireUrl = stripped.wireUrl();
        String baseString = baseString(stripped.method(), wireUrl, all);
        String signature = signature(method, rsa, hashAlgo, baseString, p);

        boolean disableUrlEncoding = request.disableUrlEncoding();
        if (!disableUrlEncoding) req = req.withUrl(req.url().withQuery(reencodedQuery(wireUrl)));
        signatureParams.add(new String[]{"oauth_signature", signature});

        if ("true".equals(p.get("addParamsToHeader"))) {
            String header = header(p.get("realm"), signatureParams, "true".equals(p.get("disableHeaderEncoding")));
            return stripped.withRequest(req).withHeader("Authorization", header);
        }
        if ((stripped.method().contains("PUT") || stripped.method().contains("POST")) && urlencoded) {
            List<KeyValue> form = new ArrayList<>(req.body().urlencoded());
            for (String[] kv : signatureParams) form.add(KeyValue.of(kv[0], kv[1]));
            Body b = req.body();
            Body body = new Body(b.mode(), b.raw(), form, b.formdata(), b.fileSrc(), b.fileContent(),
                    b.graphqlQuery(), b.graphqlVariables(), b.options(), b.disabled());
            return stripped.withRequest(req.withBody(body));
        }
        List<KeyValue> query = new ArrayList<>(req.url().query());
        for (String[] kv : signatureParams) {
            query.add(disableUrlEncoding ? KeyValue.of(kv[0], kv[1])
                    : KeyValue.of(percentEncode(kv[0]), kv[1] == null ? null : percentEncode(kv[1])));
        }
        return stripped.withRequest(req.withUrl(req.url().withQuery(query)));
    }

    private static Request stripOAuthParams(Request req) {
        List<KeyValue> headers = req.headers().stream().filter(h -> !h.key().equals("Authorization")).toList();
        List<KeyValue> query = req.url().query().stream().filter(q -> !OAUTH_PARAMS.contains(q.key())).toList();
        Request out = req.withHeaders(headers).withUrl(req.url().withQuery(query));
        Body b = req.body();
        if (b != null && "urlencoded".equals(b.mode())) {
            List<KeyValue> form = b.urlencoded().stream().filter(kv -> !OAUTH_PARAMS.contains(kv.key())).toList();
            out = out.withBody(new Body(b.mode(), b.raw(), form, b.formdata(), b.fileSrc(), b.fileContent(),
                    b.graphqlQuery(), b.graphqlVariables(), b.options(), b.disabled()));
        }
        return out;
    }

    /** RFC 5849 §3.4.1: METHOD&base-URL&normalized-parameters, query parameters taken from the wire URL. */
    static String baseString(String method, String wireUrl, List<String[]> params) {
        List<String[]> all = new ArrayList<>();
        int q = wireUrl.indexOf('?');
        String withoutFragment = wireUrl.replaceFirst("#.*$", "");
        if (q >= 0) all.addAll(decodeForm(withoutFragment.substring(q + 1)));
        all.addAll(params);
        List<String> encoded = new ArrayList<>();
        all.stream()
                .filter(kv -> !"oauth_signature".equals(kv[0]))
                .map(kv -> new String[]{percentEncode(kv[0]) + " " + percentEncode(kv[1]), percentEncode(kv[0]) + "=" + percentEncode(kv[1])})
                .sorted(Comparator.comparing((String[] s) -> s[0]))
                .forEach(s -> encoded.add(s[1]));
        return percentEncode(method.toUpperCase()) + "&" + percentEncode(normalizeUrl(withoutFragment)) + "&"
                + percentEncode(String.join("&", encoded));
    }

    private static String normalizeUrl(String url) {
        URI uri = URI.create(url.replace(" ", "%20"));
        String scheme = uri.getScheme().toLowerCase();
        String host = uri.getRawAuthority().toLowerCase();
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        if ((scheme.equals("http") && host.endsWith(":80")) || (scheme.equals("https") && host.endsWith(":443"))) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + path;
    }

    private String signature(String method, boolean rsa, String hashAlgo, String baseString, Map<String, String> p)
            throws AuthException {
        if (method.startsWith("PLAINTEXT")) return key(p);
        if (rsa) {
            try {
                PrivateKey key = PemKeys.privateKey(p.get("privateKey"), null);
                Signature signer = Signature.getInstance(hashAlgo.toUpperCase().replace("SHA", "SHA") + "withRSA");
                signer.initSign(key);
                signer.update(baseString.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (IOException | GeneralSecurityException e) {
                throw new AuthException("oauth1: cannot sign with the private key: " + e.getMessage(), e);
            }
        }
        String mac = switch (method) {
            case "HMAC-SHA1" -> "HmacSHA1";
            case "HMAC-SHA256" -> "HmacSHA256";
            case "HMAC-SHA512" -> "HmacSHA512";
            default -> throw new AuthException("oauth1: unsupported signature method " + method);
        };
        return Base64.getEncoder().encodeToString(
                Hashes.hmac(mac, key(p).getBytes(StandardCharsets.UTF_8), baseString));
    }

    private static String key(Map<String, String> p) {
        return percentEncode(p.getOrDefault("consumerSecret", "")) + "&" + percentEncode(p.getOrDefault("tokenSecret", ""));
    }

    private static String javaDigest(String hashAlgo) {
        return switch (hashAlgo.toUpperCase()) {
            case "SHA1" -> "SHA-1";
            case "SHA256" -> "SHA-256";
            case "SHA512" -> "SHA-512";
            default -> hashAlgo;
        };
    }

    static String header(String realm, List<String[]> params, boolean disableEncoding) {
        List<String> parts = new ArrayList<>();
        if (realm != null && !realm.trim().isEmpty()) {
            parts.add("realm=\"" + (disableEncoding ? realm : percentEncode(realm)) + "\"");
        }
        for (String[] kv : params) {
            if (kv[1] == null || kv[1].isEmpty()) continue;
            String name = disableEncoding ? kv[0] : percentEncode(kv[0]);
            String value = disableEncoding ? kv[1].trim() : percentEncode(kv[1].trim());
            if (name.startsWith("oauth_")) parts.add(name + "=\"" + value + "\"");
        }
        return "OAuth " + String.join(",", parts);
    }

    /** The wire query decoded and re-encoded with {@link #percentEncode}, as updateQueryParamEncoding does. */
    private static List<KeyValue> reencodedQuery(String wireUrl) {
        String withoutFragment = wireUrl.replaceFirst("#.*$", "");
        int q = withoutFragment.indexOf('?');
        List<KeyValue> query = new ArrayList<>();
        if (q < 0) return query;
        for (String[] kv : decodeForm(withoutFragment.substring(q + 1))) {
            query.add(KeyValue.of(percentEncode(kv[0]), kv[1] == null ? null : kv[1].isEmpty() ? "" : percentEncode(kv[1])));
        }
        return query;
    }

    static List<String[]> decodeForm(String form) {
        List<String[]> list = new ArrayList<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            list.add(eq < 0 ? new String[]{decode(pair), null}
                    : new String[]{decode(pair.substring(0, eq)), decode(pair.substring(eq + 1))});
        }
        return list;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s.replace('+', ' ');
        }
    }

    /** RFC 3986 unreserved characters stay; everything else is %XX-encoded from UTF-8. */
    public static String percentEncode(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder();
        for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
            int b = raw & 0xff;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_'
                    || b == '.' || b == '~') {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
            }
        }
        return sb.toString();
    }

    private static String nonce() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 11; i++) sb.append(NONCE_CHARS.charAt(random.nextInt(NONCE_CHARS.length())));
        return sb.toString();
    }
}
