package io.jnewman.http;

import java.util.List;

/**
 * A client certificate entry of --ssl-client-cert-list (or the single --ssl-client-cert options, which match every
 * URL): PEM key and certificate, or a PFX/PKCS#12 file, with an optional passphrase. Paths are relative to the
 * working directory.
 */
public record ClientCertificate(String name, List<String> matches, String keySrc, String certSrc, String pfxSrc,
                                String passphrase) {
    public ClientCertificate {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    public boolean matchesUrl(String scheme, String host, int port, String path) {
        for (String pattern : matches) {
            if (UrlMatchPattern.matches(pattern, scheme, host, port, path)) return true;
        }
        return false;
    }
}
