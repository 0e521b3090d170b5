package io.jnewman.http;

import java.security.cert.CertificateException;

/** A certificate verification failure classified the way Node/OpenSSL names it (code and message). */
final class NodeTlsException extends CertificateException {
    final String code;

    NodeTlsException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }
}
