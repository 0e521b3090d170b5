package io.jnewman.http.auth;

import io.jnewman.http.PemKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Set;

/**
 * Compact JWS (RFC 7515) signing with the JOSE algorithms postman-runtime's jose supports: HS, RS, PS and ES with
 * 256/384/512 bits. ES signatures are in the JOSE R||S form, not DER.
 */
final class JwsSigner {
    static final Set<String> ASYMMETRIC = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256",
            "ES384", "ES512");
    static final Set<String> SYMMETRIC = Set.of("HS256", "HS384", "HS512");

    private JwsSigner() {
    }

    /** header and payload are JSON texts; returns header.payload.signature. */
    static String sign(String algorithm, String headerJson, String payloadJson, byte[] secret, String privateKeyPem)
            throws AuthException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        byte[] data = input.getBytes(StandardCharsets.US_ASCII);
        String bits = algorithm.substring(2);
        byte[] signature;
        try {
            if (SYMMETRIC.contains(algorithm)) {
                signature = Hashes.hmac("HmacSHA" + bits, secret, data);
            } else if (ASYMMETRIC.contains(algorithm)) {
                PrivateKey key = PemKeys.privateKey(privateKeyPem, null);
                Signature s = switch (algorithm.substring(0, 2)) {
                    case "RS" -> Signature.getInstance("SHA" + bits + "withRSA");
                    case "ES" -> Signature.getInstance("SHA" + bits + "withECDSAinP1363Format");
                    default -> {
                        Signature pss = Signature.getInstance("RSASSA-PSS");
                        pss.setParameter(new PSSParameterSpec("SHA-" + bits, "MGF1", new MGF1ParameterSpec("SHA-" + bits),
                                Integer.parseInt(bits) / 8, 1));
                        yield pss;
                    }
                };
                s.initSign(key);
                s.update(data);
                signature = s.sign();
            } else {
                throw new AuthException("invalid algorithm");
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new AuthException("Failed to sign request with key.", e);
        }
        return input + "." + b64.encodeToString(signature);
    }
}
