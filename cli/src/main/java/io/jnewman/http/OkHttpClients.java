package io.jnewman.http;

import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.TlsVersion;
import io.jnewman.model.KeyValue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * How the run drives OkHttp: one base client (one connection pool) with Newman's DNS, proxy and TLS defaults, the
 * per-request variants derived from it with {@code newBuilder()} (timeouts, TLS, client certificates, protocol),
 * and the translation of a {@link WireRequest} into an OkHttp request without the headers OkHttp would add itself.
 */
final class OkHttpClients {
    /** Plain HTTP only: it never touches TLS, so a run against http:// URLs does not load the JVM's roots. */
    private final OkHttpClient cleartext;
    /** The same client (pool, dispatcher, interceptors) able to speak TLS, made on the first https URL. */
    private volatile OkHttpClient tlsBase;
    private final TlsContexts tls;
    private final Map<ClientKey, OkHttpClient> variants = new ConcurrentHashMap<>();

    OkHttpClients(TlsContexts tls, ProxyRules proxies) {
        this.tls = tls;
        this.cleartext = new OkHttpClient.Builder()
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .protocols(List.of(Protocol.HTTP_1_1))
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(0, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .dns(LOCALHOST_DNS)
                .proxySelector(proxies)
                .proxyAuthenticator((route, response) -> {
                    ProxyRules.ProxyTarget target = route == null ? null : proxies.targetForProxy(route.proxy());
                    String credentials = target == null ? null : target.basicCredentials();
                    if (credentials == null || credentials.equals(response.request().header("Proxy-Authorization"))) {
                        return null;
                    }
                    return response.request().newBuilder().header("Proxy-Authorization", credentials).build();
                })
                .addNetworkInterceptor(OkHttpClients::removeBridgeDefaults)
                .addNetworkInterceptor(ResponseHeadRules::intercept)
                .addNetworkInterceptor(chain -> {
                    // plain-HTTP requests through an HTTP proxy carry the credentials on every request
                    okhttp3.Request request = chain.request();
                    Proxy proxy = chain.connection() == null ? Proxy.NO_PROXY : chain.connection().route().proxy();
                    ProxyRules.ProxyTarget target = proxies.targetForProxy(proxy);
                    if (!request.isHttps() && proxy.type() == Proxy.Type.HTTP && target != null
                            && target.basicCredentials() != null && request.header("Proxy-Authorization") == null) {
                        request = request.newBuilder().header("Proxy-Authorization", target.basicCredentials()).build();
                    }
                    return chain.proceed(request);
                })
                .build();
    }

    /** The client that owns the connection pool and dispatcher every variant shares. */
    OkHttpClient shared() {
        return cleartext;
    }

    /** The default client for HTTPS (and HTTP) URLs. */
    OkHttpClient tlsBase() {
        OkHttpClient c = tlsBase;
        if (c == null) {
            synchronized (this) {
                c = tlsBase;
                if (c == null) {
                    TlsContexts.Setup strict = tls.setup(true, null, w -> { });
                    tlsBase = c = cleartext.newBuilder()
                            .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                            .sslSocketFactory(strict.socketFactory(), strict.trustManager())
                            .hostnameVerifier(strict.hostnameVerifier())
                            .build();
                }
            }
        }
        return c;
    }

    /** What makes one client variant differ from another. */
    private record ClientKey(boolean strict, ClientCertificate cert, long timeoutMillis, List<String> tlsDisabled,
                             List<String> ciphers, String protocolVersion, boolean cleartext) {
    }

    OkHttpClient forRequest(HttpUrl url, ProtocolProfile ppb, long timeoutMillis, Consumer<String> warn) {
        // the TLS settings mean nothing to a plain-HTTP request, so they do not make it a variant of its own
        ClientKey key = url.isHttps()
                ? new ClientKey(ppb.strictSsl(), tls.clientCertificateFor(url), timeoutMillis,
                        ppb.tlsDisabledProtocols(), ppb.tlsCipherSelection(), ppb.protocolVersion(), false)
                : new ClientKey(true, null, timeoutMillis, List.of(), List.of(), ppb.protocolVersion(), true);
        if (isDefault(key)) return key.cleartext ? cleartext : tlsBase();
        return variants.computeIfAbsent(key, k -> variant(k, warn));
    }

    private static boolean isDefault(ClientKey k) {
        return k.strict && k.cert == null && k.timeoutMillis == 0 && k.tlsDisabled.isEmpty() && k.ciphers.isEmpty()
                && "http1".equals(k.protocolVersion);
    }

    private OkHttpClient variant(ClientKey k, Consumer<String> warn) {
        OkHttpClient.Builder b = k.cleartext ? cleartext.newBuilder() : tlsBase().newBuilder();
        if (!k.cleartext) {
            TlsContexts.Setup setup = tls.setup(k.strict, k.cert, warn);
            b.sslSocketFactory(setup.socketFactory(), setup.trustManager()).hostnameVerifier(setup.hostnameVerifier());
        }
        if (k.timeoutMillis > 0) {
            b.connectTimeout(k.timeoutMillis, TimeUnit.MILLISECONDS).readTimeout(k.timeoutMillis, TimeUnit.MILLISECONDS)
                    .writeTimeout(k.timeoutMillis, TimeUnit.MILLISECONDS);
        }
        if (!k.tlsDisabled.isEmpty() || !k.ciphers.isEmpty()) {
            ConnectionSpec.Builder spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS);
            List<TlsVersion> versions = new ArrayList<>();
            for (TlsVersion v : List.of(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0)) {
                String nodeName = v.javaName().replace('.', '_');
                if (!k.tlsDisabled.contains(v.javaName()) && !k.tlsDisabled.contains(nodeName)) versions.add(v);
            }
            if (versions.isEmpty()) throw new IllegalArgumentException("tlsDisabledProtocols leaves no TLS version enabled");
            spec.tlsVersions(versions.toArray(new TlsVersion[0]));
            if (!k.ciphers.isEmpty()) spec.cipherSuites(k.ciphers.toArray(new String[0]));
            b.connectionSpecs(List.of(spec.build(), ConnectionSpec.CLEARTEXT));
        }
        b.protocols(protocols(k.protocolVersion, k.cleartext));
        return b.build();
    }

    /** HTTP/1.1 by default (never an h2c upgrade); http2 uses ALPN on TLS and prior knowledge on cleartext. */
    static List<Protocol> protocols(String version, boolean cleartext) {
        return switch (version == null ? "http1" : version.toLowerCase(Locale.ROOT)) {
            case "http2" -> cleartext ? List.of(Protocol.H2_PRIOR_KNOWLEDGE) : List.of(Protocol.HTTP_2, Protocol.HTTP_1_1);
            case "auto" -> List.of(Protocol.HTTP_2, Protocol.HTTP_1_1);
            default -> List.of(Protocol.HTTP_1_1);
        };
    }

    static okhttp3.Request toOkHttp(WireRequest hop, HttpUrl url, ResponseHeadRules headRules) {
        Headers.Builder headers = new Headers.Builder();
        for (KeyValue h : hop.headers()) headers.addUnsafeNonAscii(h.key(), h.value());
        RequestBody body = null;
        if (hop.body() != null) {
            body = RequestBody.create(hop.body(), null);
        } else if (!NO_IMPLICIT_LENGTH.contains(hop.method())) {
            // Node ends a body-less request with "Content-Length: 0" unless the method normally has no body
            body = RequestBody.create(new byte[0], null);
        }
        Set<String> absent = new HashSet<>(BRIDGE_DEFAULTS);
        for (KeyValue h : hop.headers()) absent.remove(h.key().toLowerCase(Locale.ROOT));
        return new okhttp3.Request.Builder().url(url).headers(headers.build()).method(hop.method(), body)
                .tag(BridgeDefaults.class, new BridgeDefaults(absent)).tag(ResponseHeadRules.class, headRules).build();
    }

    private static final Set<String> NO_IMPLICIT_LENGTH = Set.of("GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    /** Headers OkHttp's bridge adds on its own (okhttp/4.x User-Agent, gzip, Keep-Alive, Host). */
    private static final Set<String> BRIDGE_DEFAULTS = Set.of("user-agent", "accept-encoding", "connection", "host");

    /** The bridge defaults this request must not carry, because Newman would not send them. */
    private record BridgeDefaults(Set<String> names) {
    }

    private static Response removeBridgeDefaults(okhttp3.Interceptor.Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        BridgeDefaults unwanted = request.tag(BridgeDefaults.class);
        if (unwanted == null || unwanted.names().isEmpty()) return chain.proceed(request);
        okhttp3.Request.Builder builder = request.newBuilder();
        for (String name : unwanted.names()) {
            // HTTP/1.1 needs a Host line; OkHttp writes the request line and Host itself
            if (!name.equals("host")) builder.removeHeader(name);
        }
        return chain.proceed(builder.build());
    }

    /** localhost and *.localhost resolve to 127.0.0.1, as postman-runtime's lookup override does. */
    private static final Dns LOCALHOST_DNS = host -> {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            try {
                return List.of(InetAddress.getByAddress("localhost", new byte[]{127, 0, 0, 1}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return Dns.SYSTEM.lookup(host);
    };
}
