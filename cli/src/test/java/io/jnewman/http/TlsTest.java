package io.jnewman.http;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import static io.jnewman.http.Requests.get;
import static io.jnewman.http.Requests.ppb;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class TlsTest {
    private static final HeldCertificate ROOT = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("test-root").build();
    private static final HeldCertificate SERVER = new HeldCertificate.Builder().signedBy(ROOT)
            .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").commonName("localhost").build();

    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void serve(HeldCertificate cert) throws Exception {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(cert).build();
        server.useHttps(certs.sslSocketFactory(), false);
        server.enqueue(new MockResponse().setBody("secure"));
        server.start();
    }

    private Exchange fetch(HttpSettings settings, RequestOptions options) {
        try (OkHttpExecutor executor = OkHttpExecutor.create(settings.withWorkingDir(dir, true))) {
            return executor.execute(get("https://localhost:" + server.getPort() + "/"), null, options, null);
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void anUnknownIssuerFailsLikeNodeAndExtraCaCertsOrInsecureFixIt() throws Exception {
        serve(SERVER);
        Exchange unknown = fetch(HttpSettings.defaults(), RequestOptions.defaults());
        assertThat(unknown.error().code()).isEqualTo("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
        assertThat(unknown.error().message()).isEqualTo("unable to verify the first certificate");

        server.enqueue(new MockResponse().setBody("secure"));
        Path ca = write("ca.pem", ROOT.certificatePem());
        Exchange trusted = fetch(HttpSettings.defaults().withExtraCaCerts(Path.of("ca.pem")), RequestOptions.defaults());
        assertThat(trusted.error()).isNull();
        assertThat(trusted.response().text()).isEqualTo("secure");
        assertThat(ca).exists();

        server.enqueue(new MockResponse().setBody("secure"));
        assertThat(fetch(HttpSettings.defaults().withInsecure(true), RequestOptions.defaults()).response().text())
                .isEqualTo("secure");
        server.enqueue(new MockResponse().setBody("secure"));
        assertThat(fetch(HttpSettings.defaults(), ppb("strictSSL", false)).response().text()).isEqualTo("secure");
    }

    @Test
    void tlsDisabledProtocolsNarrowTheHandshake() throws Exception {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(SERVER).build();
        javax.net.ssl.SSLSocketFactory tls12Only = new TlsVersionPinningFactory(certs.sslSocketFactory(), "TLSv1.2");
        server.useHttps(tls12Only, false);
        server.enqueue(new MockResponse().setBody("twelve"));
        server.start();
        var disabled = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add("TLSv1_2");
        Exchange refused = fetch(HttpSettings.defaults().withInsecure(true), ppb("tlsDisabledProtocols", disabled));
        assertThat(refused.failed()).isTrue();
        Exchange allowed = fetch(HttpSettings.defaults().withInsecure(true),
                ppb("tlsDisabledProtocols", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add("TLSv1_3")));
        assertThat(allowed.response().text()).isEqualTo("twelve");
        var all = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()
                .add("TLSv1").add("TLSv1_1").add("TLSv1_2").add("TLSv1_3");
        Exchange none = fetch(HttpSettings.defaults().withInsecure(true), ppb("tlsDisabledProtocols", all));
        assertThat(none.error().message()).isEqualTo("tlsDisabledProtocols leaves no TLS version enabled");
    }

    /** Server sockets that only speak one TLS version. */
    private static final class TlsVersionPinningFactory extends javax.net.ssl.SSLSocketFactory {
        private final javax.net.ssl.SSLSocketFactory delegate;
        private final String version;

        TlsVersionPinningFactory(javax.net.ssl.SSLSocketFactory delegate, String version) {
            this.delegate = delegate;
            this.version = version;
        }

        private java.net.Socket pin(java.net.Socket s) {
            ((javax.net.ssl.SSLSocket) s).setEnabledProtocols(new String[]{version});
            return s;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public java.net.Socket createSocket(java.net.Socket s, String host, int port, boolean autoClose) throws java.io.IOException {
            return pin(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
            return pin(delegate.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) throws java.io.IOException {
            return pin(delegate.createSocket(host, port, local, localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
            return pin(delegate.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress address, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return pin(delegate.createSocket(address, port, local, localPort));
        }
    }

    @Test
    void aSelfSignedCertificateIsNamedSo() throws Exception {
        serve(new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build());
        Exchange e = fetch(HttpSettings.defaults(), RequestOptions.defaults());
        assertThat(e.error().code()).isEqualTo("DEPTH_ZERO_SELF_SIGNED_CERT");
        assertThat(e.error().message()).isEqualTo("self-signed certificate");
    }

    @Test
    void anExpiredCertificateIsNamedSo() throws Exception {
        long past = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(10);
        serve(new HeldCertificate.Builder().signedBy(ROOT).addSubjectAlternativeName("localhost")
                .validityInterval(past, past + TimeUnit.DAYS.toMillis(1)).build());
        write("ca.pem", ROOT.certificatePem());
        Exchange e = fetch(HttpSettings.defaults().withExtraCaCerts(Path.of("ca.pem")), RequestOptions.defaults());
        assertThat(e.error().code()).isEqualTo("CERT_HAS_EXPIRED");
        assertThat(e.error().message()).isEqualTo("certificate has expired");
    }

    @Test
    void aHostnameMismatchNamesTheAltNames() throws Exception {
        serve(new HeldCertificate.Builder().signedBy(ROOT).addSubjectAlternativeName("other.example").build());
        write("ca.pem", ROOT.certificatePem());
        Exchange e = fetch(HttpSettings.defaults().withExtraCaCerts(Path.of("ca.pem")), RequestOptions.defaults());
        assertThat(e.error().code()).isEqualTo("ERR_TLS_CERT_ALTNAME_INVALID");
        assertThat(e.error().message()).isEqualTo("Hostname/IP does not match certificate's altnames: "
                + "Host: localhost. is not in the cert's altnames: DNS:other.example");
    }

    private static String encryptedKey(HeldCertificate cert, String passphrase) throws Exception {
        JceOpenSSLPKCS8EncryptorBuilder encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC);
        encryptor.setRandom(new SecureRandom());
        encryptor.setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        encryptor.setPassword(passphrase.toCharArray());
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(new JcaPKCS8Generator(cert.keyPair().getPrivate(), encryptor.build()));
        }
        return out.toString();
    }

    private void serveRequiringClientCert(HeldCertificate clientCa) throws Exception {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(SERVER)
                .addTrustedCertificate(clientCa.certificate()).build();
        server.useHttps(certs.sslSocketFactory(), false);
        server.requireClientAuth();
        server.start();
    }

    @Test
    void clientCertificatesWithEncryptedPkcs8KeysAreSentAndMatchedByUrl() throws Exception {
        HeldCertificate clientCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate single = new HeldCertificate.Builder().signedBy(clientCa).commonName("single").build();
        HeldCertificate listed = new HeldCertificate.Builder().signedBy(clientCa).commonName("listed").build();
        serveRequiringClientCert(clientCa);
        write("ca.pem", ROOT.certificatePem());
        write("single.crt", single.certificatePem());
        write("single.key", encryptedKey(single, "password"));
        write("listed.crt", listed.certificatePem());
        write("listed.key", encryptedKey(listed, "secret"));
        HttpSettings base = HttpSettings.defaults().withExtraCaCerts(Path.of("ca.pem"));

        Exchange none = fetch(base, RequestOptions.defaults());
        assertThat(none.failed()).isTrue();

        server.enqueue(new MockResponse().setBody("hello single"));
        HttpSettings withSingle = base.withClientCert(Path.of("single.crt"), Path.of("single.key"), "password");
        assertThat(fetch(withSingle, RequestOptions.defaults()).response().text()).isEqualTo("hello single");
        assertThat(clientCn(server.takeRequest())).isEqualTo("CN=single");

        write("list.json", "[{\"name\":\"other\",\"matches\":[\"https://localhost:1/*\"],\"key\":{\"src\":\"listed.key\"},"
                + "\"cert\":{\"src\":\"listed.crt\"},\"passphrase\":\"secret\"}]");
        server.enqueue(new MockResponse());
        fetch(withSingle.withClientCertList(Path.of("list.json")), RequestOptions.defaults());
        assertThat(clientCn(server.takeRequest())).isEqualTo("CN=single");

        write("list.json", "[{\"name\":\"mine\",\"matches\":[\"https://localhost:" + server.getPort() + "/*\"],"
                + "\"key\":{\"src\":\"listed.key\"},\"cert\":{\"src\":\"listed.crt\"},\"passphrase\":\"secret\"}]");
        server.enqueue(new MockResponse());
        fetch(withSingle.withClientCertList(Path.of("list.json")), RequestOptions.defaults());
        assertThat(clientCn(server.takeRequest())).isEqualTo("CN=listed");
    }

    @Test
    void aPfxEntryOfTheCertificateListIsUsed() throws Exception {
        HeldCertificate clientCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate client = new HeldCertificate.Builder().signedBy(clientCa).commonName("pfx-client").build();
        serveRequiringClientCert(clientCa);
        write("ca.pem", ROOT.certificatePem());
        java.security.KeyStore p12 = java.security.KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("c", client.keyPair().getPrivate(), "pw".toCharArray(),
                new java.security.cert.Certificate[]{client.certificate()});
        try (var out = Files.newOutputStream(dir.resolve("client.pfx"))) {
            p12.store(out, "pw".toCharArray());
        }
        write("list.json", "[{\"matches\":[\"https://localhost:*/*\"],\"pfx\":{\"src\":\"client.pfx\"},\"passphrase\":\"pw\"}]");
        server.enqueue(new MockResponse().setBody("pfx ok"));
        Exchange e = fetch(HttpSettings.defaults().withExtraCaCerts(Path.of("ca.pem")).withClientCertList(Path.of("list.json")),
                RequestOptions.defaults());
        assertThat(e.response().text()).isEqualTo("pfx ok");
        assertThat(clientCn(server.takeRequest())).isEqualTo("CN=pfx-client");
    }

    @Test
    void aWrongPassphraseIsAWarningAndTheRequestGoesWithoutCertificate() throws Exception {
        HeldCertificate clientCa = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate client = new HeldCertificate.Builder().signedBy(clientCa).build();
        serve(SERVER);
        write("ca.pem", ROOT.certificatePem());
        write("c.crt", client.certificatePem());
        write("c.key", encryptedKey(client, "right"));
        Requests.Warnings warnings = new Requests.Warnings();
        try (OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults().withWorkingDir(dir, true)
                .withExtraCaCerts(Path.of("ca.pem")).withClientCert(Path.of("c.crt"), Path.of("c.key"), "wrong"))) {
            Exchange e = executor.execute(get("https://localhost:" + server.getPort() + "/"), null, RequestOptions.defaults(), warnings);
            assertThat(e.response().text()).isEqualTo("secure");
        }
        assertThat(warnings.list).singleElement().asString().startsWith("certificate load error: ");
    }

    @Test
    void anUnreadableCertificateListIsASetupError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OkHttpExecutor.create(HttpSettings.defaults()
                        .withWorkingDir(dir, true).withClientCertList(Path.of("missing.json"))))
                .isInstanceOf(HttpSetupException.class).hasMessageContaining("missing.json");
    }

    private static String clientCn(RecordedRequest request) {
        return ((X509Certificate) request.getHandshake().peerCertificates().get(0)).getSubjectX500Principal().getName();
    }
}
