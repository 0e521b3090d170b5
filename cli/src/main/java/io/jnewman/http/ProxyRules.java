package io.jnewman.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which proxy a request uses. Newman-compatible by default: HTTP_PROXY / HTTPS_PROXY / NO_PROXY (and lower-case
 * forms) from the environment map, with postman-request's matching rules (https falls back to HTTP_PROXY; NO_PROXY
 * entries are host suffixes with an optional port; "*" disables proxies). Beyond Newman, --proxy overrides the
 * environment for every scheme (http:// or socks5://, with optional user:pass) and --no-proxy overrides NO_PROXY.
 */
public final class ProxyRules extends ProxySelector {
    /** A configured proxy: address, type and optional Basic credentials. */
    public record ProxyTarget(Proxy proxy, String username, String password) {
        public String basicCredentials() {
            if (username == null) return null;
            String pair = username + ":" + (password == null ? "" : password);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final ProxyTarget forHttp;
    private final ProxyTarget forHttps;
    private final String noProxy;

    public ProxyRules(Map<String, String> environment, String proxyFlag, String noProxyFlag) {
        if (proxyFlag != null && !proxyFlag.isBlank()) {
            forHttp = forHttps = parse(proxyFlag);
        } else {
            String http = first(environment, "HTTP_PROXY", "http_proxy");
            String https = first(environment, "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy");
            forHttp = http == null ? null : parse(http);
            forHttps = https == null ? null : parse(https);
        }
        noProxy = noProxyFlag != null ? noProxyFlag : first(environment, "NO_PROXY", "no_proxy");
        SocksCredentials.register(forHttp, forHttps);
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    static ProxyTarget parse(String url) {
        String withScheme = url.contains("://") ? url : "http://" + url;
        URI uri;
        try {
            uri = URI.create(withScheme);
        } catch (IllegalArgumentException e) {
            throw new HttpSetupException("invalid proxy URL \"" + url + "\"");
        }
        if (uri.getHost() == null) throw new HttpSetupException("invalid proxy URL \"" + url + "\"");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean socks = scheme.startsWith("socks");
        int port = uri.getPort() >= 0 ? uri.getPort() : socks ? 1080 : scheme.equals("https") ? 443 : 80;
        Proxy proxy = new Proxy(socks ? Proxy.Type.SOCKS : Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(uri.getHost(), port));
        String user = null;
        String pass = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = URLDecoder.decode(colon < 0 ? info : info.substring(0, colon), StandardCharsets.UTF_8);
            pass = colon < 0 ? null : URLDecoder.decode(info.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return new ProxyTarget(proxy, user, pass);
    }

    /** The proxy for a request URL, or null for a direct connection. */
    public ProxyTarget targetFor(String scheme, String host, int port) {
        ProxyTarget target = "https".equalsIgnoreCase(scheme) ? forHttps : forHttp;
        if (target == null || excluded(host, port)) return null;
        return target;
    }

    /** postman-request's uriInNoProxy: suffix match on the host name, port compared when the entry has one. */
    boolean excluded(String host, int port) {
        if (noProxy == null || noProxy.isBlank()) return false;
        if (noProxy.trim().equals("*")) return true;
        String hostname = host.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (String zone : noProxy.split(",")) {
            String z = zone.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
            if (z.isEmpty()) continue;
            String zonePort = null;
            int colon = z.lastIndexOf(':');
            if (colon > 0 && !z.endsWith("]")) {
                zonePort = z.substring(colon + 1);
                z = z.substring(0, colon);
            }
            boolean hostMatched = hostname.endsWith(z);
            if (zonePort != null ? hostMatched && zonePort.equals(Integer.toString(port)) : hostMatched) return true;
        }
        return false;
    }

    public ProxyTarget targetForProxy(Proxy proxy) {
        if (forHttp != null && forHttp.proxy().equals(proxy)) return forHttp;
        if (forHttps != null && forHttps.proxy().equals(proxy)) return forHttps;
        return null;
    }

    public boolean any() {
        return forHttp != null || forHttps != null;
    }

    @Override
    public List<Proxy> select(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        ProxyTarget target = targetFor(uri.getScheme(), uri.getHost(), port);
        return List.of(target == null ? Proxy.NO_PROXY : target.proxy());
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to remember: every request gets the same choice
    }
}
