package io.jnewman.http.auth;

import io.jnewman.http.Exchange;
import io.jnewman.http.HttpSettings;
import io.jnewman.http.OkHttpExecutor;
import io.jnewman.http.RequestOptions;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static io.jnewman.http.auth.Signing.auth;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class NtlmAuthTest {
    private static final HexFormat HEX = HexFormat.of();
    /** MS-NLMP 4.2.4: MsvAvNbDomainName "Domain", MsvAvNbComputerName "Server", MsvAvEOL. */
    private static final byte[] TARGET_INFO = HEX.parseHex(
            "02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000");

    @Test
    void matchesTheMsNlmpNtlmv2Example() {
        assertThat(HEX.formatHex(NtlmMessages.ntHash("Password"))).isEqualTo("a4f49c406510bdcab6824ee7c30fd852");
        byte[][] responses = NtlmMessages.ntlmv2(NtlmMessages.ntHash("Password"), "User", "Domain", TARGET_INFO,
                HEX.parseHex("0123456789abcdef"), HEX.parseHex("aaaaaaaaaaaaaaaa"), 0);
        assertThat(HEX.formatHex(responses[0])).isEqualTo("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
        assertThat(HEX.formatHex(Arrays.copyOf(responses[1], 16))).isEqualTo("68cd0ab851e51c96aabc927bebef6a1c");
    }

    @Test
    void usernamesMayCarryTheDomain() {
        assertThat(NtlmAuth.identity(auth("ntlm", "username", "CORP\\alice"))).containsExactly("alice", "CORP");
        assertThat(NtlmAuth.identity(auth("ntlm", "username", "alice@corp.example"))).containsExactly("alice", "corp.example");
        assertThat(NtlmAuth.identity(auth("ntlm", "username", "alice", "domain", "D"))).containsExactly("alice", "D");
    }

    @Test
    void negotiatesAndAuthenticatesAgainstAVerifyingServer() throws Exception {
        try (MockWebServer server = new MockWebServer();
             OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults())) {
            server.setDispatcher(new VerifyingNtlmServer("alice", "CORP", "s3cret"));
            Request request = new Request("GET", Url.parse("http://localhost:" + server.getPort() + "/ntlm"), List.of(),
                    null, null, null);
            Exchange ok = executor.execute(request, auth("ntlm", "username", "CORP\\alice", "password", "s3cret",
                    "workstation", "ws"), RequestOptions.defaults(), null);
            assertThat(ok.response().code()).isEqualTo(200);
            assertThat(ok.replayed()).hasSize(2);
            assertThat(server.getRequestCount()).isEqualTo(3);

            Exchange wrong = executor.execute(request, auth("ntlm", "username", "CORP\\alice", "password", "nope"),
                    RequestOptions.defaults(), null);
            assertThat(wrong.response().code()).isEqualTo(401);
            assertThat(server.getRequestCount()).isEqualTo(6);
        }
    }

    /** Sends a type 2 challenge and checks the NTLMv2 proof with its own MD4/HMAC-MD5 computation. */
    static final class VerifyingNtlmServer extends Dispatcher {
        private final String user;
        private final String domain;
        private final String password;
        private final byte[] serverChallenge = HEX.parseHex("0123456789abcdef");

        VerifyingNtlmServer(String user, String domain, String password) {
            this.user = user;
            this.domain = domain;
            this.password = password;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String header = request.getHeader("Authorization");
            if (header == null) return new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "NTLM");
            byte[] msg = Base64.getDecoder().decode(header.substring(5));
            ByteBuffer b = ByteBuffer.wrap(msg).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt(8) == 1) {
                return new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "NTLM " + type2());
            }
            byte[] nt = field(msg, b, 20);
            String sentUser = new String(field(msg, b, 36), StandardCharsets.UTF_16LE);
            String sentDomain = new String(field(msg, b, 28), StandardCharsets.UTF_16LE);
            byte[] blob = Arrays.copyOfRange(nt, 16, nt.length);
            byte[] key = hmac(md4(password.getBytes(StandardCharsets.UTF_16LE)),
                    (user.toUpperCase() + domain.toUpperCase()).getBytes(StandardCharsets.UTF_16LE));
            byte[] expected = hmac(key, NtlmMessages.concat(serverChallenge, blob));
            boolean valid = sentUser.equals(user) && sentDomain.equals(domain)
                    && Arrays.equals(expected, Arrays.copyOf(nt, 16));
            return valid ? new MockResponse().setBody("welcome")
                    : new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "NTLM");
        }

        private static byte[] field(byte[] msg, ByteBuffer b, int at) {
            int len = b.getShort(at) & 0xffff;
            int offset = b.getInt(at + 4);
            return Arrays.copyOfRange(msg, offset, offset + len);
        }

        private String type2() {
            ByteBuffer b = ByteBuffer.allocate(48 + TARGET_INFO.length).order(ByteOrder.LITTLE_ENDIAN);
            b.put("NTLMSSP\0".getBytes(StandardCharsets.US_ASCII)).putInt(2);
            b.putShort((short) 0).putShort((short) 0).putInt(48);
            b.putInt(0x00000001 | 0x00000200 | 0x00080000 | 0x00800000);
            b.put(serverChallenge).put(new byte[8]);
            b.putShort((short) TARGET_INFO.length).putShort((short) TARGET_INFO.length).putInt(48);
            b.put(TARGET_INFO);
            return Base64.getEncoder().encodeToString(b.array());
        }

        private static byte[] md4(byte[] data) {
            org.bouncycastle.crypto.digests.MD4Digest d = new org.bouncycastle.crypto.digests.MD4Digest();
            d.update(data, 0, data.length);
            byte[] out = new byte[16];
            d.doFinal(out, 0);
            return out;
        }

        private static byte[] hmac(byte[] key, byte[] data) {
            try {
                Mac mac = Mac.getInstance("HmacMD5");
                mac.init(new SecretKeySpec(key, "HmacMD5"));
                return mac.doFinal(data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
