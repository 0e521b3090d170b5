package io.jnewman.http.auth;

import io.jnewman.model.Auth;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code awsv4}: AWS Signature Version 4 as the aws4 library computes it for postman-runtime. Signs the request's
 * headers plus Host, X-Amz-Date, X-Amz-Security-Token (session token) and X-Amz-Content-Sha256 (body hash); service
 * defaults to execute-api and region to us-east-1. S3 keeps the path as sent and, when signing into the query,
 * uses UNSIGNED-PAYLOAD. {@code addAuthDataToQuery} produces a presigned URL instead of headers.
 */
public final class AwsV4Auth implements AuthSigner {
    private static final Set<String> HEADERS_TO_IGNORE = Set.of("authorization", "connection", "x-amzn-trace-id",
            "user-agent", "expect", "presigned-expires", "range");
    private static final Set<String> REMOVED_QUERY = Set.of("X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm",
            "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public AwsV4Auth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "awsv4";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        Request req = request.request();
        List<KeyValue> headers = req.headers().stream().filter(h -> !Set.of("authorization", "x-amz-date",
                "x-amz-security-token", "x-amz-content-sha256").contains(h.key().toLowerCase(Locale.ROOT))).toList();
        List<KeyValue> query = req.url().query().stream().filter(q -> !REMOVED_QUERY.contains(q.key())).toList();
        req = req.withHeaders(headers).withUrl(req.url().withQuery(query));
        request = request.withRequest(req);

        String accessKey = auth.param("accessKey", "");
        String secretKey = auth.param("secretKey", "");
        String session = auth.param("sessionToken", "");
        String service = auth.param("service", "execute-api");
        String region = auth.param("region", "us-east-1");
        boolean signQuery = auth.flag("addAuthDataToQuery");
        String datetime = AMZ_DATE.format(clock.instant());
        String date = datetime.substring(0, 8);
        String credentialScope = date + "/" + region + "/" + service + "/aws4_request";

        URI uri = URI.create(request.wireUrl().replace(" ", "%20"));
        String host = uri.getRawAuthority().replaceFirst("^.*@", "");
        Map<String, String> signed = new LinkedHashMap<>();
        for (KeyValue h : headers) if (!h.disabled()) signed.put(h.key(), h.value() == null ? "" : h.value());
        if (signed.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("host"))) signed.put("Host", host);

        Map<String, List<String>> queryForSigning = parseQuery(uri.getRawQuery());
        String bodyHash;
        if (signQuery) {
            if (!session.isEmpty()) queryForSigning.put("X-Amz-Security-Token", List.of(session));
            if (service.equals("s3")) queryForSigning.putIfAbsent("X-Amz-Expires", List.of("86400"));
            queryForSigning.put("X-Amz-Date", List.of(datetime));
            queryForSigning.put("X-Amz-Algorithm", List.of("AWS4-HMAC-SHA256"));
            queryForSigning.put("X-Amz-Credential", List.of(accessKey + "/" + credentialScope));
            queryForSigning.put("X-Amz-SignedHeaders", List.of(signedHeaders(signed)));
            bodyHash = service.equals("s3") ? "UNSIGNED-PAYLOAD" : Hashes.hex("SHA-256", new byte[0]);
        } else {
            if (request.body().present()) signed.put("X-Amz-Content-Sha256", Hashes.hex("SHA-256", request.bodyBytes()));
            if (!session.isEmpty()) signed.put("X-Amz-Security-Token", session);
            if (service.equals("s3")) signed.putIfAbsent("X-Amz-Content-Sha256", Hashes.hex("SHA-256", new byte[0]));
            signed.put("X-Amz-Date", datetime);
            bodyHash = signed.getOrDefault("X-Amz-Content-Sha256", Hashes.hex("SHA-256", new byte[0]));
        }
        String canonical = String.join("\n", request.method(), canonicalPath(uri.getRawPath(), service),
                canonicalQuery(queryForSigning, service), canonicalHeaders(signed) + "\n", signedHeaders(signed), bodyHash);
        String stringToSign = String.join("\n", "AWS4-HMAC-SHA256", datetime, credentialScope,
                Hashes.hex("SHA-256", canonical));
        byte[] key = Hashes.hmac("HmacSHA256", ("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = Hashes.hmac("HmacSHA256", key, region);
        key = Hashes.hmac("HmacSHA256", key, service);
        key = Hashes.hmac("HmacSHA256", key, "aws4_request");
        String signature = HexFormat.of().formatHex(Hashes.hmac("HmacSHA256", key, stringToSign));

        if (signQuery) {
            queryForSigning.put("X-Amz-Signature", List.of(signature));
            SigningRequest out = request;
            for (Map.Entry<String, List<String>> e : queryForSigning.entrySet()) {
                boolean present = out.request().url().query().stream().anyMatch(q -> q.key().equals(e.getKey()));
                if (e.getKey().startsWith("X-Amz-") && !present) {
                    List<KeyValue> q = new ArrayList<>(out.request().url().query());
                    q.add(KeyValue.of(e.getKey(), OAuth1Auth.percentEncode(e.getValue().get(0))));
                    out = out.withRequest(out.request().withUrl(out.request().url().withQuery(q)));
                }
            }
            for (Map.Entry<String, String> e : signed.entrySet()) out = out.withHeader(e.getKey(), e.getValue());
            return out;
        }
        signed.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + credentialScope
                + ", SignedHeaders=" + signedHeaders(signed) + ", Signature=" + signature);
        SigningRequest out = request;
        for (Map.Entry<String, String> e : signed.entrySet()) out = out.withHeader(e.getKey(), e.getValue());
        return out;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        for (String[] kv : OAuth1Auth.decodeForm(raw)) {
            query.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1] == null ? "" : kv[1]);
        }
        return query;
    }

    private static String canonicalQuery(Map<String, List<String>> query, String service) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getKey().isEmpty()) continue;
            List<String> values = service.equals("s3") ? List.of(e.getValue().get(0)) : e.getValue();
            sorted.put(OAuth1Auth.percentEncode(e.getKey()), values);
        }
        List<String> pieces = new ArrayList<>();
        sorted.forEach((k, values) -> values.stream().map(OAuth1Auth::percentEncode).sorted()
                .forEach(v -> pieces.add(k + "=" + v)));
        return String.join("&", pieces);
    }

    private static String canonicalPath(String rawPath, String service) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (path.equals("/")) return path;
        boolean s3 = service.equals("s3");
        if (!s3) path = path.replaceAll("/{2,}", "/");
        List<String> out = new ArrayList<>();
        for (String piece : path.split("/", -1)) {
            if (!s3 && piece.equals("..")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
            } else if (s3 || !piece.equals(".")) {
                if (s3) piece = java.net.URLDecoder.decode(piece, StandardCharsets.UTF_8);
                out.add(OAuth1Auth.percentEncode(piece));
            }
        }
        String joined = String.join("/", out);
        if (!joined.startsWith("/")) joined = "/" + joined;
        if (s3) joined = joined.replace("%2F", "/");
        return joined;
    }

    private static List<Map.Entry<String, String>> filtered(Map<String, String> headers) {
        TreeMap<String, String> sorted = new TreeMap<>();
        headers.forEach((k, v) -> {
            String lower = k.toLowerCase(Locale.ROOT);
            if (!HEADERS_TO_IGNORE.contains(lower)) sorted.put(lower, v);
        });
        return new ArrayList<>(sorted.entrySet());
    }

    private static String canonicalHeaders(Map<String, String> headers) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : filtered(headers)) {
            lines.add(e.getKey() + ":" + e.getValue().trim().replaceAll("\\s+", " "));
        }
        return String.join("\n", lines);
    }

    private static String signedHeaders(Map<String, String> headers) {
        return String.join(";", filtered(headers).stream().map(Map.Entry::getKey).toList());
    }
}
