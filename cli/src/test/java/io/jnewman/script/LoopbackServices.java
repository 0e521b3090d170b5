package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.http.RequestError;
import io.jnewman.http.ResponseCookie;
import io.jnewman.http.RunCookieJar;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stands in for the runner in tests: sends pm.sendRequest over real HTTP (java.net.http) and keeps a plain jar. */
final class LoopbackServices implements ScriptServices {
    final List<Request> sent = new ArrayList<>();
    final SimpleJar jar = new SimpleJar();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public Exchange sendRequest(Request request) {
        sent.add(request);
        try {
            String body = request.body() == null || request.body().raw() == null ? "" : request.body().raw();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url().toString()))
                    .method(request.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            for (KeyValue h : request.headers()) if (!h.disabled()) b.header(h.key(), h.value());
            long t0 = System.nanoTime();
            java.net.http.HttpResponse<byte[]> r = client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            List<KeyValue> headers = new ArrayList<>();
            r.headers().map().forEach((k, vs) -> vs.forEach(v -> headers.add(KeyValue.of(k, v))));
            HttpResponse response = new HttpResponse(r.statusCode(), "OK", headers, r.body(),
                    (System.nanoTime() - t0) / 1_000_000, r.body().length, List.of());
            return new Exchange(new Exchange.SentRequest(request, Set.of()), response, null);
        } catch (ConnectException e) {
            return new Exchange(new Exchange.SentRequest(request, Set.of()), null,
                    new RequestError("ECONNREFUSED", "connect ECONNREFUSED " + request.url().getClass().getSimpleName(), "connect", "127.0.0.1", 1));
        } catch (Exception e) {
            return new Exchange(new Exchange.SentRequest(request, Set.of()), null, RequestError.of("EUNKNOWN", e.toString()));
        }
    }

    @Override
    public RunCookieJar cookieJar() {
        return jar;
    }

    static final class SimpleJar implements RunCookieJar {
        final List<ResponseCookie> cookies = new ArrayList<>();

        @Override
        public List<ResponseCookie> cookiesFor(String url) {
            String host = URI.create(url).getHost();
            return cookies.stream().filter(c -> c.domain() == null || host.endsWith(c.domain())).toList();
        }

        @Override
        public void set(String url, ResponseCookie cookie) {
            cookies.removeIf(c -> c.name().equals(cookie.name()));
            cookies.add(cookie);
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
