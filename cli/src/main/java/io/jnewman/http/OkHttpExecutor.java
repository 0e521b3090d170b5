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
import io.jnewman.model.Url;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Locale;
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
    private final OkHttpClients clients;

    private OkHttpExecutor(HttpSettings settings, Clock clock) {
        this.settings = settings;
        this.cookies = new ToughCookieJar(clock);
        this.tls = new TlsContexts(settings);
        this.proxies = new ProxyRules(settings.environment(), settings.proxy(), settings.noProxy());
        this.clients = new OkHttpClients(tls, proxies);
        this.base = clients.shared();
        OAuth2TokenSource tokens = new OAuth2TokenSource(clients::tlsBase, clock);
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
        SecureFiles files = new SecureFiles(opts.workingDir(), opts.insecureFileRead());
        Request current = request.withHeaders(request.headers().stream().filter(h -> !h.disabled()).toList());
        if (current.body() != null) current = current.withBody(FormFileLoading.apply(current.body(), files, warn));
        BodyEncoder encoder = new BodyEncoder(files, warn);
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
                    : new BodyEncoder(files, w -> { })
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
            HttpUrl url = RequestTarget.of(hop.url());
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
        OkHttpClient client = clients.forRequest(url, ppb, opts.timeoutMillis(), warn);
        boolean bodyOnSafeMethod = hop.body() != null && (hop.method().equals("GET") || hop.method().equals("HEAD"));
        long start = System.nanoTime();
        if (bodyOnSafeMethod) {
            return safeMethodBodies.send(hop, url, tls.setup(ppb.strictSsl(), url.isHttps() ? tls.clientCertificateFor(url) : null, warn),
                    opts.timeoutMillis(), start);
        }
        okhttp3.Request okRequest;
        try {
            okRequest = OkHttpClients.toOkHttp(hop, url, ResponseHeadRules.of(ppb.insecureHttpParser()));
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
            String lower = h.key().toLowerCase(Locale.ROOT);
            if (hop.authorizationFromUrl() && lower.equals("authorization")) continue;
            headers.add(h);
            if (hop.systemHeaders().contains(lower) || lower.equals("cookie") && signed.header("Cookie") == null) {
                system.add(h.key());
            }
        }
        // like postman-runtime, the request as sent carries the encoded URL (toNodeUrl's href), which reports and
        // test scripts' pm.request.url show
        Request request = signed.withHeaders(headers).withMethod(hop.method()).withUrl(Url.parse(hop.url()));
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

}
