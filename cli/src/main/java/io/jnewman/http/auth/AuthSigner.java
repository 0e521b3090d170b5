package io.jnewman.http.auth;

import io.jnewman.model.Auth;

/**
 * One auth scheme (postman-runtime's authorizer of the same {@link #type()}): signs a request after the pre-request
 * scripts, and may ask for a replay after seeing the response (digest and NTLM challenges).
 */
public interface AuthSigner {
    /** The collection's auth {@code type}, e.g. "basic", "digest", "awsv4". */
    String type();

    /** The request with this scheme's headers, query parameters or body fields added. */
    SigningRequest sign(SigningRequest request, Auth auth) throws AuthException;

    /**
     * Called with each response; returns the auth to replay the request with (e.g. a digest challenge's realm and
     * nonce filled in), or null when no replay is needed.
     */
    default Auth replayWith(Auth auth, AuthChallenge response) {
        return null;
    }
}
