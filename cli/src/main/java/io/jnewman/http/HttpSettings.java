package io.jnewman.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run-wide HTTP settings from the command line, fixed for the whole run.
 *
 * @param insecure              -k: no TLS certificate or hostname verification
 * @param ignoreRedirects       --ignore-redirects: 3xx responses are returned as they are
 * @param sslClientCert         --ssl-client-cert (PEM), or null
 * @param sslClientKey          --ssl-client-key (PEM, possibly encrypted PKCS#8), or null
 * @param sslClientPassphrase   --ssl-client-passphrase, or null
 * @param sslClientCertList     --ssl-client-cert-list JSON file, or null
 * @param sslExtraCaCerts       --ssl-extra-ca-certs PEM bundle, or null
 * @param cookieJar             --cookie-jar tough-cookie JSON file to import, or null
 * @param environment           process environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY and lower-case forms)
 * @param proxy                 --proxy URL (http://user:pass@host:port or socks5://…), or null; wins over the environment
 * @param noProxy               --no-proxy comma-separated hosts, or null; wins over NO_PROXY
 * @param protocolVersion       auto, http1 or http2; null means http1
 * @param workingDir            base for relative certificate and cookie-jar paths
 * @param insecureFileRead      false refuses files outside workingDir
 */
public record HttpSettings(boolean insecure, boolean ignoreRedirects, Path sslClientCert, Path sslClientKey,
                           String sslClientPassphrase, Path sslClientCertList, Path sslExtraCaCerts, Path cookieJar,
                           Map<String, String> environment, String proxy, String noProxy, String protocolVersion,
                           Path workingDir, boolean insecureFileRead) {
    public HttpSettings {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        workingDir = workingDir == null ? Path.of("").toAbsolutePath() : workingDir.toAbsolutePath();
        protocolVersion = protocolVersion == null ? "http1" : protocolVersion;
    }

    /** Newman's defaults: verification on, redirects followed, no proxy, HTTP/1.1. */
    public static HttpSettings defaults() {
        return new HttpSettings(false, false, null, null, null, null, null, null, Map.of(), null, null, "http1",
                null, true);
    }

    public HttpSettings withInsecure(boolean value) {
        return new HttpSettings(value, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, cookieJar, environment, proxy, noProxy, protocolVersion,
                workingDir, insecureFileRead);
    }

    public HttpSettings withIgnoreRedirects(boolean value) {
        return new HttpSettings(insecure, value, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, cookieJar, environment, proxy, noProxy, protocolVersion,
                workingDir, insecureFileRead);
    }

    public HttpSettings withClientCert(Path cert, Path key, String passphrase) {
        return new HttpSettings(insecure, ignoreRedirects, cert, key, passphrase, sslClientCertList,
                sslExtraCaCerts, cookieJar, environment, proxy, noProxy, protocolVersion, workingDir,
                insecureFileRead);
    }

    public HttpSettings withClientCertList(Path list) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase, list,
                sslExtraCaCerts, cookieJar, environment, proxy, noProxy, protocolVersion, workingDir,
                insecureFileRead);
    }

    public HttpSettings withExtraCaCerts(Path bundle) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, bundle, cookieJar, environment, proxy, noProxy, protocolVersion, workingDir,
                insecureFileRead);
    }

    public HttpSettings withCookieJar(Path jar) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, jar, environment, proxy, noProxy, protocolVersion, workingDir,
                insecureFileRead);
    }

    public HttpSettings withProxy(Map<String, String> env, String proxyUrl, String noProxyList) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, cookieJar, env, proxyUrl, noProxyList, protocolVersion,
                workingDir, insecureFileRead);
    }

    public HttpSettings withProtocolVersion(String version) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, cookieJar, environment, proxy, noProxy, version, workingDir,
                insecureFileRead);
    }

    public HttpSettings withWorkingDir(Path dir, boolean allowOutside) {
        return new HttpSettings(insecure, ignoreRedirects, sslClientCert, sslClientKey, sslClientPassphrase,
                sslClientCertList, sslExtraCaCerts, cookieJar, environment, proxy, noProxy, protocolVersion, dir,
                allowOutside);
    }
}
