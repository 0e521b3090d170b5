package io.jnewman.http.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code jwt}: signs the collection's header and payload (JSON) with HS/RS/PS/ES 256/384/512 and sends the token in
 * the Authorization header ({@code headerPrefix}, default "Bearer") or a query parameter ({@code queryParamKey},
 * default "token"), as postman-runtime's jwt authorizer does.
 */
public final class JwtAuth implements AuthSigner {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String type() {
        return "jwt";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) throws AuthException {
        String algorithm = auth.param("algorithm", "HS256");
        boolean symmetric = JwsSigner.SYMMETRIC.contains(algorithm);
        if (!symmetric && !JwsSigner.ASYMMETRIC.contains(algorithm)) throw new AuthException("invalid algorithm");
        String secret = auth.param("secret", "");
        String privateKey = auth.param("privateKey", "");
        if (symmetric && secret.isEmpty()) throw new AuthException("Invalid secret key. Enter a valid key.");
        if (!symmetric && privateKey.isEmpty()) throw new AuthException("Invalid private key. Enter a valid key.");
        ObjectNode header = object(auth.param("header", ""), "header");
        header.put("alg", algorithm);
        ObjectNode payload = object(auth.param("payload", ""), "payload");
        byte[] key = auth.flag("isSecretBase64Encoded") ? Base64.getDecoder().decode(secret)
                : secret.getBytes(StandardCharsets.UTF_8);
        String token = JwsSigner.sign(algorithm, header.toString(), payload.toString(), key, privateKey);
        if ("queryParam".equals(auth.param("addTokenTo", "header"))) {
            return request.withQueryParam(auth.param("queryParamKey", "token"), token);
        }
        String prefix = auth.param("headerPrefix");
        prefix = prefix == null ? "Bearer " : prefix.isEmpty() ? "" : prefix + " ";
        return request.withHeader("Authorization", prefix + token);
    }

    static ObjectNode object(String json, String what) throws AuthException {
        if (json == null || json.trim().isEmpty()) return JSON.createObjectNode();
        try {
            JsonNode node = JSON.readTree(json.trim());
            if (node instanceof ObjectNode o) return o;
            throw new AuthException("jwt: the " + what + " must be a JSON object");
        } catch (JsonProcessingException e) {
            throw new AuthException("jwt: the " + what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
