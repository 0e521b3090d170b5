package io.jnewman.http;

import io.jnewman.model.KeyValue;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends GET and HEAD requests that carry a body (protocolProfileBehavior.disableBodyPruning), which OkHttp refuses
 * to write, through the JDK's HTTP/1.1 client. The JDK client sets Host, Connection and Content-Length itself.
 */
final class SafeMethodBodySender {
    private static final Set<String> JDK_MANAGED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final ProxyRules proxies;
    private final Map<TlsContexts.Setup, HttpClient> clients = new ConcurrentHashMap<>();

    SafeMethodBodySender(ProxyRules proxies) {
        this.proxies = proxies;
    }

    OkHttpExecutor.HopResult send(WireRequest hop, HttpUrl url, TlsContexts.Setup tls, long timeoutMillis, long start) {
        HttpClient client = clients.computeIfAbsent(tls, t -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(proxies)
                .sslContext(t.context())
                .build());
        HttpRequest.Builder builder = HttpRequest.newBuilder(url.uri())
                .method(hop.method(), HttpRequest.BodyPublishers.ofByteArray(hop.body()));
        if (timeoutMillis > 0) builder.timeout(Duration.ofMillis(timeoutMillis));
        for (KeyValue h : hop.headers()) {
            if (!JDK_MANAGED.contains(h.key().toLowerCase(Locale.ROOT))) builder.header(h.key(), h.value());
        }
        try {
            java.net.http.HttpResponse<byte[]> r = client.send(builder.build(), BodyHandlers.ofByteArray());
            okhttp3.Headers.Builder headers = new okhttp3.Headers.Builder();
            r.headers().map().forEach((k, values) -> {
                if (!k.startsWith(":")) values.forEach(v -> headers.addUnsafeNonAscii(k, v));
            });
            Response response = new Response.Builder()
                    .request(new okhttp3.Request.Builder().url(url).build())
                    .protocol(Protocol.HTTP_1_1).code(r.statusCode()).message(StatusReasons.of(r.statusCode()))
                    .headers(headers.build()).body(ResponseBody.create(new byte[0], null)).build();
            return OkHttpExecutor.completed(response, r.body(), start);
        } catch (HttpTimeoutException e) {
            return OkHttpExecutor.failed(RequestError.of("ETIMEDOUT", "ETIMEDOUT"));
        } catch (IOException e) {
            return OkHttpExecutor.failed(NodeErrors.map(e, url.host(), url.port(), true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OkHttpExecutor.failed(RequestError.of("EINTR", "interrupted"));
        } catch (IllegalArgumentException e) {
            return OkHttpExecutor.failed(RequestError.of("ERR_INVALID_HTTP_TOKEN", e.getMessage()));
        }
    }

}
