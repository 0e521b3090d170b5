package io.jnewman.http;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PEM private keys in every form OpenSSL writes them (PKCS#8, encrypted PKCS#8, PKCS#1 / SEC1 with or without
 * DEK-Info encryption) and PEM certificate bundles. Bouncy Castle's PEM reader does the ASN.1 work; decryption uses
 * Bouncy Castle's provider object, because OpenSSL's PBES2 parameters name ciphers the JDK does not offer.
 */
public final class PemKeys {
    /** Bouncy Castle's ciphers, used as an object (never registered globally) for OpenSSL's PKCS#7 padding names. */
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private PemKeys() {
    }

    public static PrivateKey privateKey(String pem, String passphrase) throws IOException {
        char[] password = passphrase == null ? new char[0] : passphrase.toCharArray();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo info) return converter.getPrivateKey(info);
                if (object instanceof PEMKeyPair pair) return converter.getKeyPair(pair).getPrivate();
                if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                            .setProvider(BC).build(password);
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
                }
                if (object instanceof PEMEncryptedKeyPair encrypted) {
                    return converter.getKeyPair(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(BC).build(password))).getPrivate();
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(passphrase == null ? "cannot read private key: " + e.getMessage()
                    : "cannot decrypt private key (bad passphrase?)", e);
        }
        throw new IOException("no private key found in PEM data");
    }

    public static List<X509Certificate> certificates(byte[] pem) throws IOException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : factory.generateCertificates(new ByteArrayInputStream(pem))) certs.add((X509Certificate) c);
            if (certs.isEmpty()) throw new IOException("no certificate found in PEM data");
            return certs;
        } catch (CertificateException e) {
            throw new IOException("cannot read certificate: " + e.getMessage(), e);
        }
    }
}
