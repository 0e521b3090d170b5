package io.jnewman.http.auth;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The auth schemes by collection {@code type}. An unknown type signs nothing, like postman-runtime. */
public final class AuthSigners {
    private final Map<String, AuthSigner> byType = new LinkedHashMap<>();

    private AuthSigners() {
    }

    /** Every built-in scheme; {@code tokens} fetches OAuth 2.0 tokens at run time (may be null). */
    public static AuthSigners standard(Clock clock, OAuth2TokenSource tokens) {
        AuthSigners signers = new AuthSigners();
        for (AuthSigner s : new AuthSigner[]{new NoAuth(), new BasicAuth(), new BearerAuth(), new ApiKeyAuth(),
                new DigestAuth(), new OAuth1Auth(clock), new OAuth2Auth(tokens), new HawkAuth(clock),
                new AwsV4Auth(clock), new EdgeGridAuth(clock), new JwtAuth(), new AsapAuth(clock),
                new NtlmAuth(clock)}) {
            signers.byType.put(s.type(), s);
        }
        return signers;
    }

    public AuthSigner forType(String type) {
        return type == null ? null : byType.get(type);
    }

    public AuthSigners with(AuthSigner signer) {
        byType.put(signer.type(), signer);
        return this;
    }
}
