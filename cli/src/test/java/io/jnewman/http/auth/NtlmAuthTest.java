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
    void matchesTheMsNlmpNtlmv1Example() {
        byte[] lm = NtlmMessages.lmHash("Password");
        assertThat(HEX.formatHex(lm)).isEqualTo("e52cac67419a9a224a3b108f3fa6cb6d");
        byte[][] responses = NtlmMessages.ntlmv1(lm, NtlmMessages.ntHash("Password"), HEX.parseHex("0123456789abcdef"));
        assertThat(HEX.formatHex(responses[0])).isEqualTo("98def7b87f88aa5dafe2df779688a172def11c7d5ccdef13");
        assertThat(HEX.formatHex(responses[1])).isEqualTo("67c43011f30298a2ad35ece64f16331c44bdbed927841f94");
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

    @Test
    void answersAChallengeWithoutExtendedSecurityWithNtlmv1() throws Exception {
        try (MockWebServer server = new MockWebServer();
             OkHttpExecutor executor = OkHttpExecutor.create(HttpSettings.defaults())) {
            server.setDispatcher(new VerifyingNtlmServer("alice", "CORP", "s3cret", false));
            Request request = new Request("GET", Url.parse("http://localhost:" + server.getPort() + "/ntlm"), List.of(),
                    null, null, null);
            Exchange ok = executor.execute(request, auth("ntlm", "username", "CORP\\alice", "password", "s3cret"),
                    RequestOptions.defaults(), null);
            assertThat(ok.response().code()).isEqualTo(200);

            Exchange wrong = executor.execute(request, auth("ntlm", "username", "CORP\\alice", "password", "nope"),
                    RequestOptions.defaults(), null);
            assertThat(wrong.response().code()).isEqualTo(401);
        }
    }

    /**
     * Sends a type 2 challenge and checks the proof with its own computation: the NTLMv2 proof (MD4/HMAC-MD5) when it
     * offers extended security, else the NTLMv1 response (MD4 then DES through the JDK's cipher).
     */
    static final class VerifyingNtlmServer extends Dispatcher {
        private final String user;
        private final String domain;
        private final String password;
        private final boolean extendedSecurity;
        private final byte[] serverChallenge = HEX.parseHex("0123456789abcdef");

        VerifyingNtlmServer(String user, String domain, String password) {
            this(user, domain, password, true);
        }

        VerifyingNtlmServer(String user, String domain, String password, boolean extendedSecurity) {
            this.user = user;
            this.domain = domain;
            this.password = password;
            this.extendedSecurity = extendedSecurity;
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
            boolean valid = sentUser.equals(user) && sentDomain.equals(domain)
                    && (extendedSecurity ? validV2(nt) : Arrays.equals(nt, desResponse(md4(password.getBytes(
                    StandardCharsets.UTF_16LE)))));
            return valid ? new MockResponse().setBody("welcome")
                    : new MockResponse().setResponseCode(401).addHeader("WWW-Authenticate", "NTLM");
        }

        private boolean validV2(byte[] nt) {
            byte[] blob = Arrays.copyOfRange(nt, 16, nt.length);
            byte[] key = hmac(md4(password.getBytes(StandardCharsets.UTF_16LE)),
                    (user.toUpperCase() + domain.toUpperCase()).getBytes(StandardCharsets.UTF_16LE));
            return Arrays.equals(hmac(key, NtlmMessages.concat(serverChallenge, blob)), Arrays.copyOf(nt, 16));
        }

        /** The 16-byte hash, zero-padded to 21, as three 56-bit DES keys over the server challenge. */
        private byte[] desResponse(byte[] hash) {
            byte[] padded = Arrays.copyOf(hash, 21);
            byte[] out = new byte[24];
            try {
                for (int i = 0; i < 3; i++) {
                    long bits = 0;
                    for (int j = 0; j < 7; j++) bits = (bits << 8) | (padded[i * 7 + j] & 0xff);
                    byte[] key = new byte[8];
                    for (int j = 0; j < 8; j++) key[j] = (byte) (((bits >>> (49 - 7 * j)) & 0x7f) << 1);
                    javax.crypto.Cipher des = javax.crypto.Cipher.getInstance("DES/ECB/NoPadding");
                    des.init(javax.crypto.Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
                    System.arraycopy(des.doFinal(serverChallenge), 0, out, i * 8, 8);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out;
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
            b.putInt(extendedSecurity ? 0x00000001 | 0x00000200 | 0x00080000 | 0x00800000 : 0x00000001 | 0x00000200);
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
