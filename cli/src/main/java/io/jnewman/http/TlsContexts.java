package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * TLS material for the run: trusted roots (the JVM's plus --ssl-extra-ca-certs), the client certificates of
 * --ssl-client-cert-list followed by the single --ssl-client-cert as a match-all fallback, and -k. Builds one
 * socket factory per (verification, client certificate) pair and caches it.
 */
final class TlsContexts {
    /** What OkHttp needs for one TLS configuration. */
    record Setup(SSLContext context, SSLSocketFactory socketFactory, X509TrustManager trustManager, HostnameVerifier hostnameVerifier) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path extraCa;
    /** Made on first use: loading the JVM's roots costs a run that sends nothing over TLS about 0.1 s. */
    private volatile X509TrustManager verifying;
    private final List<ClientCertificate> clientCertificates;
    private final SecureFiles files;
    private final Map<String, Optional<KeyManager[]>> keyManagers = new ConcurrentHashMap<>();
    private final Map<String, Setup> setups = new ConcurrentHashMap<>();

    TlsContexts(HttpSettings settings) {
        this.files = new SecureFiles(settings.workingDir(), settings.insecureFileRead());
        this.extraCa = settings.sslExtraCaCerts() == null ? null : settings.workingDir().resolve(settings.sslExtraCaCerts());
        // an unreadable --ssl-extra-ca-certs is a setup error before anything is sent
        if (extraCa != null) verifying();
        this.clientCertificates = clientCertificates(settings);
    }

    private X509TrustManager verifying() {
        X509TrustManager v = verifying;
        if (v == null) {
            synchronized (this) {
                v = verifying;
                if (v == null) verifying = v = new NodeTrustManager(trustManagers(extraCa));
            }
        }
        return v;
    }

    private static List<X509TrustManager> trustManagers(Path extraCa) {
        List<X509TrustManager> list = new ArrayList<>();
        list.add(defaultTrustManager(null));
        if (extraCa != null) {
            try {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (X509Certificate c : PemKeys.certificates(Files.readAllBytes(extraCa))) store.setCertificateEntry("extra-" + i++, c);
                list.add(defaultTrustManager(store));
            } catch (IOException | GeneralSecurityException e) {
                throw new HttpSetupException("cannot read --ssl-extra-ca-certs " + extraCa + ": " + e.getMessage());
            }
        }
        return list;
    }

    private static X509TrustManager defaultTrustManager(KeyStore store) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            for (TrustManager tm : tmf.getTrustManagers()) if (tm instanceof X509TrustManager x) return x;
            throw new IllegalStateException("no X509TrustManager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ClientCertificate> clientCertificates(HttpSettings settings) {
        List<ClientCertificate> list = new ArrayList<>();
        if (settings.sslClientCertList() != null) {
            Path path = settings.workingDir().resolve(settings.sslClientCertList());
            JsonNode root;
            try {
                root = JSON.readTree(Files.readString(path));
            } catch (IOException e) {
                throw new HttpSetupException("unable to read the ssl client cert list file \"" + settings.sslClientCertList() + "\"");
            }
            if (root == null || !root.isArray()) {
                throw new HttpSetupException("ssl client cert list: the file \"" + settings.sslClientCertList()
                        + "\" must contain an array of certificate entries");
            }
            for (JsonNode e : root) {
                List<String> matches = new ArrayList<>();
                e.path("matches").forEach(m -> matches.add(m.asText()));
                list.add(new ClientCertificate(e.path("name").asText(null), matches, src(e, "key"), src(e, "cert"),
                        src(e, "pfx"), e.hasNonNull("passphrase") ? e.get("passphrase").asText() : null));
            }
        }
        if (settings.sslClientCert() != null || settings.sslClientKey() != null) {
            list.add(new ClientCertificate("client-cert", List.of("<all_urls>"),
                    settings.sslClientKey() == null ? null : settings.sslClientKey().toString(),
                    settings.sslClientCert() == null ? null : settings.sslClientCert().toString(), null,
                    settings.sslClientPassphrase()));
        }
        return list;
    }

    private static String src(JsonNode entry, String field) {
        JsonNode n = entry.path(field);
        if (n.isTextual()) return n.asText();
        return n.hasNonNull("src") ? n.get("src").asText() : null;
    }

    /** The first client certificate whose patterns match the URL, or null. */
    ClientCertificate clientCertificateFor(okhttp3.HttpUrl url) {
        for (ClientCertificate c : clientCertificates) {
            if (c.matchesUrl(url.scheme(), url.host(), url.port(), url.encodedPath())) return c;
        }
        return null;
    }

    Setup setup(boolean strict, ClientCertificate cert, Consumer<String> warnings) {
        KeyManager[] keys = cert == null ? null : keyManagers.computeIfAbsent(cacheKey(cert), k -> load(cert, warnings)).orElse(null);
        String key = strict + "|" + (keys == null ? "" : cacheKey(cert));
        return setups.computeIfAbsent(key, k -> build(strict, keys));
    }

    private static String cacheKey(ClientCertificate c) {
        return c.keySrc() + "|" + c.certSrc() + "|" + c.pfxSrc() + "|" + c.passphrase();
    }

    private Optional<KeyManager[]> load(ClientCertificate cert, Consumer<String> warnings) {
        try {
            KeyStore store;
            char[] password = cert.passphrase() == null ? new char[0] : cert.passphrase().toCharArray();
            if (cert.pfxSrc() != null) {
                store = KeyStore.getInstance("PKCS12");
                store.load(new ByteArrayInputStream(files.read(cert.pfxSrc())), password);
            } else {
                if (cert.certSrc() == null || cert.keySrc() == null) return Optional.empty();
                List<X509Certificate> chain = PemKeys.certificates(files.read(cert.certSrc()));
                PrivateKey key = PemKeys.privateKey(new String(files.read(cert.keySrc()), java.nio.charset.StandardCharsets.UTF_8),
                        cert.passphrase());
                store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password);
            return Optional.of(kmf.getKeyManagers());
        } catch (SecureFiles.FileLoadException | IOException | GeneralSecurityException e) {
            warnings.accept("certificate load error: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Setup build(boolean strict, KeyManager[] keys) {
        X509TrustManager trust = strict ? verifying() : TrustAll.INSTANCE;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[]{trust}, null);
            HostnameVerifier verifier = strict ? okhttp3.internal.tls.OkHostnameVerifier.INSTANCE : (host, session) -> true;
            return new Setup(context, context.getSocketFactory(), trust, verifier);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** -k / strictSSL:false: accept any server certificate. */
    private enum TrustAll implements X509TrustManager {
        INSTANCE;

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
