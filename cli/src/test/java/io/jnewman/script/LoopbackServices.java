package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.http.ResponseCookie;
import io.jnewman.http.RunCookieJar;
import io.jnewman.model.Body;
import io.jnewman.model.FormParam;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stands in for the runner in tests: sends requests over real HTTP (java.net.http, HTTP/1.1) with the body modes
 * scripts use, and keeps a plain cookie jar that stores Set-Cookie and sends Cookie.
 */
final class LoopbackServices implements ScriptServices {
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"),
            Map.entry(202, "Accepted"), Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"), Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(418, "I'm a teapot"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"));
    final List<Request> sent = new ArrayList<>();
    final SimpleJar jar = new SimpleJar();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Exchange sendRequest(Request request) {
        sent.add(request);
        try {
            String url = request.url().toString();
            if (!url.matches("^[a-zA-Z]+://.*")) url = "http://" + url;
            url = url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20").replace("\"", "%22").replace("|", "%7C");
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            String contentType = null;
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
            Body body = request.body();
            if (body != null && !body.disabled() && body.mode() != null) {
                switch (body.mode()) {
                    case "raw" -> {
                        if (body.raw() != null && !body.raw().isEmpty()) publisher = HttpRequest.BodyPublishers.ofString(body.raw());
                        contentType = "json".equals(body.rawLanguage()) ? "application/json" : "text/plain";
                    }
                    case "urlencoded" -> {
                        publisher = HttpRequest.BodyPublishers.ofString(body.urlencoded().stream().filter(kv -> !kv.disabled())
                                .map(kv -> enc(kv.key()) + "=" + enc(kv.value())).collect(Collectors.joining("&")));
                        contentType = "application/x-www-form-urlencoded";
                    }
                    case "formdata" -> {
                        String boundary = "----jnewman" + UUID.randomUUID().toString().replace("-", "");
                        StringBuilder sb = new StringBuilder();
                        for (FormParam p : body.formdata()) {
                            if (p.disabled() || p.isFile()) continue;
                            sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(p.key())
                                    .append("\"\r\n\r\n").append(p.value() == null ? "" : p.value()).append("\r\n");
                        }
                        sb.append("--").append(boundary).append("--\r\n");
                        publisher = HttpRequest.BodyPublishers.ofString(sb.toString());
                        contentType = "multipart/form-data; boundary=" + boundary;
                    }
                    default -> { }
                }
            }
            boolean hasContentType = false;
            for (KeyValue h : request.headers()) {
                if (h.disabled() || h.key().isEmpty()) continue;
                try {
                    b.header(h.key(), h.value() == null ? "" : h.value());
                    if (h.key().equalsIgnoreCase("Content-Type")) hasContentType = true;
                } catch (IllegalArgumentException restricted) {
                    // java.net.http refuses Host, Connection and the like: the client sets them itself
                }
            }
            if (!hasContentType && contentType != null) b.header("Content-Type", contentType);
            String cookies = jar.cookiesFor(url).stream().map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
            if (!cookies.isEmpty()) b.header("Cookie", cookies);
            b.method(request.method(), publisher);
            long t0 = System.nanoTime();
            java.net.http.HttpResponse<byte[]> r = client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            List<KeyValue> headers = new ArrayList<>();
            r.headers().map().forEach((k, vs) -> vs.forEach(v -> headers.add(KeyValue.of(k, v))));
            List<ResponseCookie> set = new ArrayList<>();
            for (String header : r.headers().allValues("set-cookie")) {
                ResponseCookie c = SimpleJar.parse(header, URI.create(url).getHost());
                set.add(c);
                jar.set(url, c);
            }
            HttpResponse response = new HttpResponse(r.statusCode(), REASONS.getOrDefault(r.statusCode(), ""), headers, r.body(),
                    (System.nanoTime() - t0) / 1_000_000, r.body().length, set);
            return new Exchange(new Exchange.SentRequest(request, Set.of()), response, null);
        } catch (ConnectException e) {
            return new Exchange(new Exchange.SentRequest(request, Set.of()), null,
                    new RequestError("ECONNREFUSED", "connect ECONNREFUSED", "connect", "127.0.0.1", null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(new Exchange.SentRequest(request, Set.of()), null, RequestError.of("EINTR", "interrupted"));
        } catch (Exception e) {
            return new Exchange(new Exchange.SentRequest(request, Set.of()), null, RequestError.of("EUNKNOWN", e.toString()));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    @Override
    public RunCookieJar cookieJar() {
        return jar;
    }

    static final class SimpleJar implements RunCookieJar {
        final List<ResponseCookie> cookies = new ArrayList<>();

        static ResponseCookie parse(String header, String host) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = eq < 0 ? parts[0].trim() : parts[0].substring(0, eq).trim();
            String value = eq < 0 ? "" : parts[0].substring(eq + 1).trim();
            String domain = null;
            String path = "/";
            boolean secure = false;
            boolean httpOnly = false;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                String lower = p.toLowerCase();
                if (lower.startsWith("domain=")) domain = p.substring(7);
                else if (lower.startsWith("path=")) path = p.substring(5);
                else if (lower.equals("secure")) secure = true;
                else if (lower.equals("httponly")) httpOnly = true;
            }
            return new ResponseCookie(name, value, domain == null ? host : domain, path, null, secure, httpOnly, domain == null);
        }

        @Override
        public List<ResponseCookie> cookiesFor(String url) {
            String host = URI.create(url).getHost();
            return cookies.stream().filter(c -> c.domain() == null || host == null || host.endsWith(c.domain())).toList();
        }

        @Override
        public void set(String url, ResponseCookie cookie) {
            cookies.removeIf(c -> c.name().equals(cookie.name()));
            cookies.add(cookie.domain() != null ? cookie : new ResponseCookie(cookie.name(), cookie.value(),
                    URI.create(url).getHost(), cookie.path(), cookie.expires(), cookie.secure(), cookie.httpOnly(), true));
        }

        @Override
        public void unset(String url, String name) {
            cookies.removeIf(c -> c.name().equals(name));
        }

        @Override
        public void clear(String url) {
            cookies.removeAll(cookiesFor(url));
        }

        @Override
        public String toToughCookieJson() {
            return "{}";
        }
    }
}
