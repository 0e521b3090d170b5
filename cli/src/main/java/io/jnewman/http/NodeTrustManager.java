package io.jnewman.http;

import javax.net.ssl.X509TrustManager;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies server chains against the JVM's trusted roots plus --ssl-extra-ca-certs, and turns a failure into the
 * OpenSSL reason Node reports ("self-signed certificate", "certificate has expired", …), so request errors read
 * like Newman's.
 */
final class NodeTrustManager implements X509TrustManager {
    private final List<X509TrustManager> delegates;

    NodeTrustManager(List<X509TrustManager> delegates) {
        this.delegates = List.copyOf(delegates);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegates.get(0).checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        CertificateException last = null;
        for (X509TrustManager tm : delegates) {
            try {
                tm.checkServerTrusted(chain, authType);
                return;
            } catch (CertificateException e) {
                last = e;
            }
        }
        throw classify(chain, last);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        List<X509Certificate> all = new ArrayList<>();
        for (X509TrustManager tm : delegates) all.addAll(Arrays.asList(tm.getAcceptedIssuers()));
        return all.toArray(new X509Certificate[0]);
    }

    static NodeTlsException classify(X509Certificate[] chain, CertificateException cause) {
        if (chain == null || chain.length == 0) {
            return new NodeTlsException("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", cause);
        }
        for (X509Certificate c : chain) {
            try {
                c.checkValidity();
            } catch (CertificateExpiredException e) {
                return new NodeTlsException("CERT_HAS_EXPIRED", "certificate has expired", cause);
            } catch (CertificateNotYetValidException e) {
                return new NodeTlsException("CERT_NOT_YET_VALID", "certificate is not yet valid", cause);
            }
        }
        if (chain.length == 1 && selfSigned(chain[0])) {
            return new NodeTlsException("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate", cause);
        }
        if (chain.length > 1 && selfSigned(chain[chain.length - 1])) {
            return new NodeTlsException("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain", cause);
        }
        if (chain.length == 1) {
            return new NodeTlsException("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", cause);
        }
        return new NodeTlsException("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate", cause);
    }

    private static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) return false;
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
