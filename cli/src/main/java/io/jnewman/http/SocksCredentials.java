package io.jnewman.http;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SOCKS5 username/password authentication (RFC 1929) for `--proxy socks5://user:pass@host:port` and the proxy
 * environment variables. The JDK's SOCKS client, which OkHttp connects through, asks the process-wide
 * {@link Authenticator} for SOCKS credentials; this one answers for the configured SOCKS proxies only (by host and
 * port) and for nothing else, so it never hands credentials to a server that asks for them.
 */
final class SocksCredentials extends Authenticator {
    private static final SocksCredentials INSTANCE = new SocksCredentials();
    private final Map<String, PasswordAuthentication> byProxy = new ConcurrentHashMap<>();

    private SocksCredentials() {
    }

    /** Registers the credentials of the given proxies that are SOCKS proxies with a user name. */
    static void register(ProxyRules.ProxyTarget... targets) {
        boolean any = false;
        for (ProxyRules.ProxyTarget t : targets) {
            if (t == null || t.username() == null || t.proxy().type() != Proxy.Type.SOCKS) continue;
            InetSocketAddress address = (InetSocketAddress) t.proxy().address();
            INSTANCE.byProxy.put(key(address.getHostString(), address.getPort()),
                    new PasswordAuthentication(t.username(), (t.password() == null ? "" : t.password()).toCharArray()));
            any = true;
        }
        if (any) Authenticator.setDefault(INSTANCE);
    }

    private static String key(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        String protocol = getRequestingProtocol();
        if (protocol == null || !protocol.toUpperCase(Locale.ROOT).startsWith("SOCKS")) return null;
        return byProxy.get(key(getRequestingHost(), getRequestingPort()));
    }
}
