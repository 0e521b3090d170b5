package io.jnewman.http.auth;

import io.jnewman.model.Auth;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ntlm}: postman-runtime's three-step replay. The first request goes out without credentials; a 401/403
 * offering NTLM is answered with a negotiate message, the server's challenge with an authenticate message (NTLMv2,
 * or NTLMv1 when the challenge has no extended session security).
 * The user may be given as DOMAIN\\user or user@domain when {@code domain} is empty. {@code disableRetryRequest}
 * stops after the first response.
 */
public final class NtlmAuth implements AuthSigner {
    private static final String STATE = "__ntlmState";
    private static final String HEADER = "__ntlmHeader";

    private final Clock clock;

    public NtlmAuth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String type() {
        return "ntlm";
    }

    @Override
    public SigningRequest sign(SigningRequest request, Auth auth) {
        String header = auth.param(HEADER);
        return header == null ? request : request.withHeader("Authorization", header);
    }

    @Override
    public Auth replayWith(Auth auth, AuthChallenge response) {
        if (auth.flag("disableRetryRequest")) return null;
        if (response.code() != 401 && response.code() != 403) return null;
        String[] identity = identity(auth);
        String workstation = auth.param("workstation", "");
        String state = auth.param(STATE, "initialized");
        if (state.equals("initialized")) {
            boolean offered = response.all("WWW-Authenticate").stream()
                    .anyMatch(v -> v.startsWith("NTLM") || v.startsWith("Negotiate") || v.contains("NTLM"));
            if (!offered) return null;
            return with(auth, "negotiated", NtlmMessages.negotiate(identity[1], workstation));
        }
        if (state.equals("negotiated")) {
            String type2 = response.all("WWW-Authenticate").stream().filter(v -> v.startsWith("NTLM ")).findFirst().orElse(null);
            NtlmMessages.Challenge challenge = type2 == null ? null : NtlmMessages.parseChallenge(type2);
            if (challenge == null) return null;
            return with(auth, "authenticated", NtlmMessages.authenticate(challenge, identity[1], workstation,
                    identity[0], auth.param("password", ""), clock.millis()));
        }
        return null;
    }

    /** {user, domain}, splitting DOMAIN\\user or user@domain when no domain is given. */
    static String[] identity(Auth auth) {
        String user = auth.param("username", "");
        String domain = auth.param("domain", "");
        if (!domain.isEmpty()) return new String[]{user, domain};
        String[] dll = user.split("\\\\", -1);
        String[] upn = user.split("@", -1);
        if (dll.length > 1 && upn.length > 1) return new String[]{user, ""};
        if (dll.length == 2 && !dll[0].isEmpty() && !dll[1].isEmpty()) return new String[]{dll[1], dll[0]};
        if (upn.length == 2 && !upn[0].isEmpty() && !upn[1].isEmpty()) return new String[]{upn[0], upn[1]};
        return new String[]{user, ""};
    }

    private static Auth with(Auth auth, String state, String header) {
        Map<String, String> params = new LinkedHashMap<>(auth.params());
        params.put(STATE, state);
        params.put(HEADER, header);
        return new Auth(auth.type(), params);
    }
}
