package io.jnewman.http;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Java network failures into the error codes and messages Node prints, because reports and scripts show
 * them: "connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo ENOTFOUND host", ETIMEDOUT / ESOCKETTIMEDOUT, and the
 * OpenSSL certificate reasons.
 */
final class NodeErrors {
    private static final Pattern ADDRESS = Pattern.compile("/([0-9a-fA-F.:]+):(\\d+)");
    private static final Pattern ALT_NAMES = Pattern.compile("subjectAltNames: \\[([^]]*)]");

    private NodeErrors() {
    }

    /**
     * @param beforeResponse true while waiting for the response head (a timeout then is ETIMEDOUT, later ESOCKETTIMEDOUT)
     */
    static RequestError map(IOException e, String host, int port, boolean beforeResponse) {
        NodeTlsException tls = find(e, NodeTlsException.class);
        if (tls != null) return new RequestError(tls.code, tls.getMessage(), null, null, null);
        NodeParseException parse = find(e, NodeParseException.class);
        if (parse != null) return new RequestError(parse.code, parse.getMessage(), null, null, null);
        if (e instanceof SSLPeerUnverifiedException peer && peer.getMessage() != null
                && peer.getMessage().startsWith("Hostname")) {
            return RequestError.of("ERR_TLS_CERT_ALTNAME_INVALID", altNameMessage(host, peer.getMessage()));
        }
        if (find(e, UnknownHostException.class) != null) {
            return new RequestError("ENOTFOUND", "getaddrinfo ENOTFOUND " + host, "getaddrinfo", null, null);
        }
        ConnectException refused = find(e, ConnectException.class);
        if (refused != null || (e.getMessage() != null && e.getMessage().startsWith("Failed to connect to"))) {
            String address = "127.0.0.1".equals(host) || "localhost".equals(host) ? "127.0.0.1" : host;
            int p = port;
            Matcher m = ADDRESS.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                address = m.group(1);
                p = Integer.parseInt(m.group(2));
            }
            String detail = refused != null ? String.valueOf(refused.getMessage()) : String.valueOf(e.getMessage());
            if (detail.toLowerCase().contains("timed out")) {
                return new RequestError("ETIMEDOUT", "ETIMEDOUT", "connect", address, p);
            }
            return new RequestError("ECONNREFUSED", "connect ECONNREFUSED " + address + ":" + p, "connect", address, p);
        }
        if (find(e, NoRouteToHostException.class) != null) {
            return new RequestError("EHOSTUNREACH", "connect EHOSTUNREACH " + host + ":" + port, "connect", host, port);
        }
        if (e instanceof SocketTimeoutException || e instanceof java.io.InterruptedIOException) {
            return beforeResponse ? RequestError.of("ETIMEDOUT", "ETIMEDOUT")
                    : RequestError.of("ESOCKETTIMEDOUT", "ESOCKETTIMEDOUT");
        }
        if (find(e, SSLException.class) != null) {
            SSLException ssl = find(e, SSLException.class);
            return RequestError.of("EPROTO", String.valueOf(ssl.getMessage()));
        }
        if (e instanceof ProtocolException) return RequestError.of("HPE_INVALID", String.valueOf(e.getMessage()));
        String message = String.valueOf(e.getMessage());
        if (message.contains("unexpected end of stream") || message.contains("Connection reset")) {
            return RequestError.of("ECONNRESET", "socket hang up");
        }
        return RequestError.of("EUNKNOWN", message);
    }

    private static String altNameMessage(String host, String okhttpMessage) {
        Matcher m = ALT_NAMES.matcher(okhttpMessage);
        List<String> names = new ArrayList<>();
        boolean ipHost = host.matches("[0-9.]+") || host.contains(":");
        if (m.find()) {
            for (String n : m.group(1).split(",\\s*")) {
                if (n.isBlank()) continue;
                boolean ip = n.matches("[0-9.]+") || n.contains(":");
                if (ipHost == ip || !ipHost) names.add((ip ? "IP Address:" : "DNS:") + n);
            }
        }
        String list = String.join(", ", names);
        return ipHost
                ? "Hostname/IP does not match certificate's altnames: IP: " + host + " is not in the cert's list: " + list
                : "Hostname/IP does not match certificate's altnames: Host: " + host + ". is not in the cert's altnames: " + list;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            for (Throwable s : t.getSuppressed()) if (type.isInstance(s)) return type.cast(s);
        }
        return null;
    }
}
