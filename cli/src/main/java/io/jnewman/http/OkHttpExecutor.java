package io.jnewman.http;

import io.jnewman.http.auth.AuthChallenge;
import io.jnewman.http.auth.AuthException;
import io.jnewman.http.auth.AuthSigner;
import io.jnewman.http.auth.AuthSigners;
import io.jnewman.http.auth.OAuth2TokenSource;
import io.jnewman.http.auth.SigningRequest;
import io.jnewman.model.Auth;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.TlsVersion;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The run's HTTP engine on OkHttp: one client (one connection pool) for the run, with per-request variants derived
 * by {@code newBuilder()} only when timeouts, TLS or protocol settings differ. Builds the request as Newman does,
 * signs it, follows redirects and auth replays itself (so method, body, Authorization and cookie rules are
 * Newman's), and never throws for network, TLS or file problems.
 */
public final class OkHttpExecutor implements HttpExecutor {
    private static final int MAX_REPLAYS = 3;

    private final HttpSettings settings;
    private final OkHttpClient base;
    private final ToughCookieJar cookies;
    private final TlsContexts tls;
    private final ProxyRules proxies;
    private final AuthSigners signers;
    private final SafeMethodBodySender safeMethodBodies;
    private final Map<ClientKey, OkHttpClient> variants = new ConcurrentHashMap<>();

    /** What makes one client variant differ from another. */
    private record ClientKey(boolean strict, ClientCertificate cert, long timeoutMillis, List<String> tlsDisabled,
                             List<String> ciphers, String protocolVersion, boolean cleartext) {
    }

    private OkHttpExecutor(HttpSettings settings, Clock clock) {
        this.settings = settings;
        this.cookies = new ToughCookieJar(clock);
        this.tls = new TlsContexts(settings);
        this.proxies = new ProxyRules(settings.environment(), settings.proxy(), settings.noProxy());
        TlsContexts.Setup strict = tls.setup(true, null, w -> { });
        this.base = new OkHttpClient.Builder()
                .sslSocketFactory(strict.socketFactory(), strict.trustManager())
                .hostnameVerifier(strict.hostnameVerifier())
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
                .addNetworkInterceptor(OkHttpExecutor::removeBridgeDefaults)
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
        OAuth2TokenSource tokens = new OAuth2TokenSource(base, clock);
        this.signers = AuthSigners.standard(clock, tokens);
        this.safeMethodBodies = new SafeMethodBodySender(proxies);
        if (settings.cookieJar() != null) {
            try {
                cookies.importToughCookieJson(Files.readString(settings.workingDir().resolve(settings.cookieJar())));
            } catch (IOException e) {
                throw new HttpSetupException("cannot read cookie jar \"" + settings.cookieJar() + "\": " + e.getMessage());
            }
        }
    }

    /** The executor for a run; throws {@link HttpSetupException} when certificate or cookie files are unusable. */
    public static OkHttpExecutor create(HttpSettings settings) {
        return new OkHttpExecutor(settings, Clock.systemUTC());
    }

    static OkHttpExecutor create(HttpSettings settings, Clock clock) {
        return new OkHttpExecutor(settings, clock);
    }

    /** Registers or replaces an auth scheme (tests and extensions). */
    public OkHttpExecutor withSigner(AuthSigner signer) {
        signers.with(signer);
        return this;
    }

    @Override
    public ToughCookieJar cookies() {
        return cookies;
    }

    @Override
    public void close() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
    }

    @Override
    public Exchange execute(Request request, Auth auth, RequestOptions options, Consumer<String> warnings) {
        try {
            return executeOrThrow(request, auth, options, warnings);
        } catch (RuntimeException e) {
            // a bug or an unusable setting must not end the run: Newman reports it as this request's error
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Exchange(new Exchange.SentRequest(request, java.util.Set.of()), null,
                    RequestError.of("EUNKNOWN", message));
        }
    }

    private Exchange executeOrThrow(Request request, Auth auth, RequestOptions options, Consumer<String> warnings) {
        RequestOptions opts = options == null ? RequestOptions.defaults() : options;
        Consumer<String> warn = warnings == null ? w -> { } : warnings;
        ProtocolProfile ppb = ProtocolProfile.of(opts.protocolProfileBehavior(), settings);
        Request current = request.withHeaders(request.headers().stream().filter(h -> !h.disabled()).toList());
        BodyEncoder encoder = new BodyEncoder(new SecureFiles(opts.workingDir(), opts.insecureFileRead()), warn);
        WireBody body = encoder.encode(current.method(), current.body(), current.header("Content-Type"),
                ppb.disableBodyPruning());
        AuthSigner signer = auth == null ? null : signers.forType(auth.type());
        Auth currentAuth = auth;
        Exchange exchange = null;
        List<Exchange> earlier = new ArrayList<>();
        for (int replay = 0; replay <= MAX_REPLAYS; replay++) {
            SigningRequest signed = new SigningRequest(current, body, ppb.disableUrlEncoding());
            if (signer != null) {
                try {
                    signed = signer.sign(signed, currentAuth);
                } catch (AuthException | RuntimeException e) {
                    warn.accept(e.getMessage());
                }
            }
            WireBody wireBody = signed.request().body() == current.body() ? body
                    : new BodyEncoder(new SecureFiles(opts.workingDir(), opts.insecureFileRead()), w -> { })
                    .encode(current.method(), signed.request().body(), signed.request().header("Content-Type"),
                            ppb.disableBodyPruning());
            String url = UrlEncoder.toWire(signed.request().url(), ppb.disableUrlEncoding());
            WireRequest wire = RequestAssembler.assemble(signed.request(), current.headers(), wireBody, url,
                    ppb.disabledSystemHeaders());
            exchange = send(wire, signed.request(), ppb, opts, warn);
            if (exchange.failed() || signer == null || replay == MAX_REPLAYS) break;
            Auth next = signer.replayWith(currentAuth, new AuthChallenge(exchange.response().code(),
                    exchange.response().headers()));
            if (next == null) break;
            earlier.add(exchange);
            currentAuth = next;
        }
        return exchange.withReplayed(earlier);
    }

    private Exchange send(WireRequest first, Request signed, ProtocolProfile ppb, RequestOptions opts,
                          Consumer<String> warn) {
        WireRequest hop = first;
        WireRequest sentFirst = null;
        String userCookie = first.header("Cookie");
        int redirects = 0;
        while (true) {
            HttpUrl url = HttpUrl.parse(hop.url());
            if (url == null) return new Exchange(sent(signed, hop), null, invalidUrl(hop.url()));
            if (!ppb.disableCookies()) {
                String jarCookies = cookies.cookieHeader(url);
                if (jarCookies != null) {
                    hop = hop.withHeader("Cookie", userCookie == null ? jarCookies : userCookie + "; " + jarCookies);
                }
            }
            if (sentFirst == null) sentFirst = hop;
            HopResult result = sendHop(hop, url, ppb, opts, warn);
            if (result.error != null) return new Exchange(sent(signed, sentFirst), null, result.error);
            Response response = result.response;
            if (!ppb.disableCookies()) cookies.storeFromResponse(url, response.headers());
            WireRequest next = ppb.followRedirects()
                    ? RedirectPolicy.next(hop.withoutHeader("Cookie"), url, response.code(), response.header("Location"), ppb)
                    : null;
            if (next == null) {
                // like postman-runtime, the response's cookies are the jar's cookies for the final URL
                List<ResponseCookie> responseCookies = cookies.cookiesFor(url.toString());
                return new Exchange(sent(signed, sentFirst), toResponse(response, result, responseCookies), null);
            }
            if (redirects >= ppb.maxRedirects()) {
                return new Exchange(sent(signed, sentFirst), null, RequestError.of(null,
                        "Exceeded maxRedirects. Probably stuck in a redirect loop " + url));
            }
            redirects++;
            if (userCookie != null) next = next.withHeader("Cookie", userCookie);
            hop = next;
        }
    }

    /** A hop's outcome: the response with its body fully read and decoded, or an error. */
    record HopResult(Response response, byte[] body, long elapsedMillis, long wireSize, RequestError error) {
    }

    private HopResult sendHop(WireRequest hop, HttpUrl url, ProtocolProfile ppb, RequestOptions opts,
                              Consumer<String> warn) {
        OkHttpClient client = client(url, ppb, opts.timeoutMillis(), warn);
        boolean bodyOnSafeMethod = hop.body() != null && (hop.method().equals("GET") || hop.method().equals("HEAD"));
        long start = System.nanoTime();
        if (bodyOnSafeMethod) {
            return safeMethodBodies.send(hop, url, tls.setup(ppb.strictSsl(), url.isHttps() ? tls.clientCertificateFor(url) : null, warn),
                    opts.timeoutMillis(), start);
        }
        okhttp3.Request okRequest;
        try {
            okRequest = toOkHttp(hop, url);
        } catch (IllegalArgumentException e) {
            return new HopResult(null, null, 0, 0, RequestError.of("ERR_INVALID_HTTP_TOKEN", e.getMessage()));
        }
        Response response;
        try {
            response = client.newCall(okRequest).execute();
        } catch (IOException e) {
            return new HopResult(null, null, 0, 0, NodeErrors.map(e, url.host(), url.port(), true));
        }
        try (response) {
            byte[] raw = response.body() == null ? new byte[0] : response.body().bytes();
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new HopResult(response, raw, elapsed, raw.length, null);
        } catch (IOException e) {
            return new HopResult(null, null, 0, 0, NodeErrors.map(e, url.host(), url.port(), false));
        }
    }

    static HopResult completed(Response response, byte[] raw, long startNanos) {
        return new HopResult(response, raw, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), raw.length, null);
    }

    static HopResult failed(RequestError error) {
        return new HopResult(null, null, 0, 0, error);
    }

    private static okhttp3.Request toOkHttp(WireRequest hop, HttpUrl url) {
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
                .tag(BridgeDefaults.class, new BridgeDefaults(absent)).build();
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

    private OkHttpClient client(HttpUrl url, ProtocolProfile ppb, long timeoutMillis, Consumer<String> warn) {
        ClientCertificate cert = url.isHttps() ? tls.clientCertificateFor(url) : null;
        ClientKey key = new ClientKey(ppb.strictSsl(), cert, timeoutMillis, ppb.tlsDisabledProtocols(),
                ppb.tlsCipherSelection(), ppb.protocolVersion(), !url.isHttps());
        if (isDefault(key)) return base;
        return variants.computeIfAbsent(key, k -> variant(k, warn));
    }

    private static boolean isDefault(ClientKey k) {
        return k.strict && k.cert == null && k.timeoutMillis == 0 && k.tlsDisabled.isEmpty() && k.ciphers.isEmpty()
                && "http1".equals(k.protocolVersion);
    }

    private OkHttpClient variant(ClientKey k, Consumer<String> warn) {
        OkHttpClient.Builder b = base.newBuilder();
        TlsContexts.Setup setup = tls.setup(k.strict, k.cert, warn);
        b.sslSocketFactory(setup.socketFactory(), setup.trustManager()).hostnameVerifier(setup.hostnameVerifier());
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

    private static HttpResponse toResponse(Response response, HopResult hop, List<ResponseCookie> responseCookies) {
        List<KeyValue> headers = new ArrayList<>();
        for (kotlin.Pair<? extends String, ? extends String> h : response.headers()) headers.add(KeyValue.of(h.getFirst(), h.getSecond()));
        byte[] decoded = ContentDecoding.decode(hop.body, response.header("Content-Encoding"));
        String status = response.message().isEmpty() ? StatusReasons.of(response.code()) : response.message();
        return new HttpResponse(response.code(), status, headers, decoded, hop.elapsedMillis, decoded.length,
                responseCookies);
    }

    /** The request as the first hop sent it, for reports and pm.request. */
    private static Exchange.SentRequest sent(Request signed, WireRequest hop) {
        java.util.Set<String> system = new java.util.LinkedHashSet<>();
        List<KeyValue> headers = new ArrayList<>();
        for (KeyValue h : hop.headers()) {
            headers.add(h);
            String lower = h.key().toLowerCase(Locale.ROOT);
            if (hop.systemHeaders().contains(lower) || lower.equals("cookie") && signed.header("Cookie") == null) {
                system.add(h.key());
            }
        }
        Request request = signed.withHeaders(headers).withMethod(hop.method());
        return new Exchange.SentRequest(request, system);
    }

    private static RequestError invalidUrl(String url) {
        int scheme = url.indexOf("://");
        String protocol = scheme < 0 ? "" : url.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!protocol.equals("http") && !protocol.equals("https")) {
            return RequestError.of("ERR_INVALID_PROTOCOL", "Invalid protocol: " + protocol + ":");
        }
        String rest = url.substring(scheme + 3);
        String host = rest.split("[/?#]", 2)[0].replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
        if (host.isEmpty()) return RequestError.of("ERR_INVALID_URL", "Invalid URL");
        return new RequestError("ENOTFOUND", "getaddrinfo ENOTFOUND " + host, "getaddrinfo", null, null);
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
