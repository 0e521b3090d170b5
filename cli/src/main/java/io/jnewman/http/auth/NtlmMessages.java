package io.jnewman.http.auth;

import org.bouncycastle.crypto.digests.MD4Digest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The three NTLM messages as the httpntlm library used by postman-runtime writes them: negotiate (type 1), the
 * server's challenge (type 2) and authenticate (type 3). The response follows the challenge's flags as httpntlm
 * does: with extended session security, an NTLMv2 response (MS-NLMP §3.3.2), or the NTLM2 session response when the
 * challenge has no target information; without it, the NTLMv1 and LMv1 responses (§3.3.1).
 */
final class NtlmMessages {
    private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    private static final int TYPE1_FLAGS = 0x00000001 | 0x00000002 | 0x00000004 | 0x00000200 | 0x00001000 | 0x00002000
            | 0x00008000 | 0x00080000 | 0x02000000 | 0x20000000 | 0x80000000;
    private static final int TYPE3_FLAGS = 0x00000001 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00080000
            | 0x00800000 | 0x02000000 | 0x20000000 | 0x80000000;
    private static final int NEGOTIATE_UNICODE = 0x00000001;
    private static final int NEGOTIATE_TARGET_INFO = 0x00800000;
    private static final int NEGOTIATE_EXTENDED_SESSION_SECURITY = 0x00080000;
    private static final byte[] LM_MAGIC = "KGS!@#$%".getBytes(StandardCharsets.US_ASCII);

    private NtlmMessages() {
    }

    /** A parsed type 2 message: flags, the 8-byte server challenge and the target information (may be null). */
    record Challenge(int flags, byte[] serverChallenge, byte[] targetInfo) {
    }

    static String negotiate(String domain, String workstation) {
        byte[] d = domain.toUpperCase().getBytes(StandardCharsets.US_ASCII);
        byte[] w = workstation.toUpperCase().getBytes(StandardCharsets.US_ASCII);
        int flags = d.length == 0 ? TYPE1_FLAGS - 0x00001000 : TYPE1_FLAGS;
        ByteBuffer b = ByteBuffer.allocate(40 + d.length + w.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(SIGNATURE).putInt(1).putInt(flags);
        b.putShort((short) d.length).putShort((short) d.length).putInt(40 + w.length);
        b.putShort((short) w.length).putShort((short) w.length).putInt(40);
        b.put(new byte[]{5, 1}).putShort((short) 2600).put(new byte[]{0, 0, 0, 15});
        b.put(w).put(d);
        return "NTLM " + Base64.getEncoder().encodeToString(b.array());
    }

    static Challenge parseChallenge(String header) {
        String payload = header.replaceFirst("^NTLM\\s+", "").trim();
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length < 32) return null;
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getShort(8) != 2) return null;
        int flags = b.getInt(20);
        byte[] challenge = Arrays.copyOfRange(raw, 24, 32);
        byte[] targetInfo = null;
        if ((flags & NEGOTIATE_TARGET_INFO) != 0 && raw.length >= 48) {
            int len = b.getShort(40) & 0xffff;
            int offset = b.getInt(44);
            if (offset >= 0 && offset + len <= raw.length) targetInfo = Arrays.copyOfRange(raw, offset, offset + len);
        }
        return new Challenge(flags, challenge, targetInfo);
    }

    static String authenticate(Challenge challenge, String domain, String workstation, String user, String password,
                               long nowMillis) {
        boolean unicode = (challenge.flags() & NEGOTIATE_UNICODE) != 0;
        String upperDomain = domain.toUpperCase();
        byte[] d = bytes(upperDomain, unicode);
        byte[] u = bytes(user, unicode);
        byte[] w = bytes(workstation.toUpperCase(), unicode);
        byte[] clientChallenge = new byte[8];
        new SecureRandom().nextBytes(clientChallenge);
        byte[] ntHash = ntHash(password);
        byte[][] responses;
        if ((challenge.flags() & NEGOTIATE_EXTENDED_SESSION_SECURITY) == 0) {
            responses = ntlmv1(lmHash(password), ntHash, challenge.serverChallenge());
        } else if (challenge.targetInfo() != null) {
            responses = ntlmv2(ntHash, user, upperDomain, challenge.targetInfo(), challenge.serverChallenge(),
                    clientChallenge, (nowMillis + 11644473600000L) * 10000L);
        } else {
            responses = ntlm2SessionResponse(ntHash, challenge.serverChallenge(), clientChallenge);
        }
        byte[] lm = responses[0];
        byte[] nt = responses[1];
        int base = 72;
        ByteBuffer b = ByteBuffer.allocate(base + d.length + u.length + w.length + lm.length + nt.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(SIGNATURE).putInt(3);
        b.putShort((short) lm.length).putShort((short) lm.length).putInt(base + d.length + u.length + w.length);
        b.putShort((short) nt.length).putShort((short) nt.length).putInt(base + d.length + u.length + w.length + lm.length);
        b.putShort((short) d.length).putShort((short) d.length).putInt(base);
        b.putShort((short) u.length).putShort((short) u.length).putInt(base + d.length);
        b.putShort((short) w.length).putShort((short) w.length).putInt(base + d.length + u.length);
        b.putShort((short) 0).putShort((short) 0).putInt(base + d.length + u.length + w.length + lm.length + nt.length);
        b.putInt(unicode ? TYPE3_FLAGS : TYPE3_FLAGS - NEGOTIATE_UNICODE);
        b.put(new byte[]{5, 1}).putShort((short) 2600).put(new byte[]{0, 0, 0, 15});
        b.put(d).put(u).put(w).put(lm).put(nt);
        return "NTLM " + Base64.getEncoder().encodeToString(b.array());
    }

    static byte[] ntHash(String password) {
        byte[] utf16 = password.getBytes(StandardCharsets.UTF_16LE);
        MD4Digest md4 = new MD4Digest();
        md4.update(utf16, 0, utf16.length);
        byte[] out = new byte[16];
        md4.doFinal(out, 0);
        return out;
    }

    /** LMOWFv1: the upper-cased password's first 14 Latin-1 bytes, each half a DES key for the constant "KGS!@#$%". */
    static byte[] lmHash(String password) {
        byte[] padded = Arrays.copyOf(password.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1), 14);
        return concat(des(Arrays.copyOfRange(padded, 0, 7), LM_MAGIC), des(Arrays.copyOfRange(padded, 7, 14), LM_MAGIC));
    }

    /** {LMv1 response, NTLMv1 response}: each hash DES-encrypts the server challenge (no extended security). */
    static byte[][] ntlmv1(byte[] lmHash, byte[] ntHash, byte[] serverChallenge) {
        return new byte[][]{desResponse(lmHash, serverChallenge), desResponse(ntHash, serverChallenge)};
    }

    /** {LMv2 response, NTLMv2 response}; {@code timestamp} in 100 ns units since 1601. */
    static byte[][] ntlmv2(byte[] ntHash, String user, String domain, byte[] targetInfo, byte[] serverChallenge,
                           byte[] clientChallenge, long timestamp) {
        byte[] key = Hashes.hmac("HmacMD5", ntHash, (user.toUpperCase() + domain).getBytes(StandardCharsets.UTF_16LE));
        byte[] lm = concat(Hashes.hmac("HmacMD5", key, concat(serverChallenge, clientChallenge)), clientChallenge);
        ByteBuffer blob = ByteBuffer.allocate(28 + targetInfo.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        blob.put(new byte[]{1, 1, 0, 0}).putInt(0).putLong(timestamp).put(clientChallenge).putInt(0).put(targetInfo).putInt(0);
        byte[] proof = Hashes.hmac("HmacMD5", key, concat(serverChallenge, blob.array()));
        return new byte[][]{lm, concat(proof, blob.array())};
    }

    /** NTLM2 session response (extended security without target information). */
    private static byte[][] ntlm2SessionResponse(byte[] ntHash, byte[] serverChallenge, byte[] clientChallenge) {
        byte[] lm = Arrays.copyOf(clientChallenge, 24);
        byte[] sessionHash = Arrays.copyOf(Hashes.digest("MD5", concat(serverChallenge, clientChallenge)), 8);
        return new byte[][]{lm, desResponse(ntHash, sessionHash)};
    }

    private static byte[] desResponse(byte[] hash, byte[] challenge) {
        byte[] padded = Arrays.copyOf(hash, 21);
        byte[] out = new byte[24];
        for (int i = 0; i < 3; i++) {
            byte[] block = des(Arrays.copyOfRange(padded, i * 7, i * 7 + 7), challenge);
            System.arraycopy(block, 0, out, i * 8, 8);
        }
        return out;
    }

    private static byte[] des(byte[] key7, byte[] data) {
        byte[] key = new byte[8];
        key[0] = key7[0];
        key[1] = (byte) ((key7[0] << 7) | ((key7[1] & 0xff) >>> 1));
        key[2] = (byte) ((key7[1] << 6) | ((key7[2] & 0xff) >>> 2));
        key[3] = (byte) ((key7[2] << 5) | ((key7[3] & 0xff) >>> 3));
        key[4] = (byte) ((key7[3] << 4) | ((key7[4] & 0xff) >>> 4));
        key[5] = (byte) ((key7[4] << 3) | ((key7[5] & 0xff) >>> 5));
        key[6] = (byte) ((key7[5] << 2) | ((key7[6] & 0xff) >>> 6));
        key[7] = (byte) (key7[6] << 1);
        org.bouncycastle.crypto.engines.DESEngine engine = new org.bouncycastle.crypto.engines.DESEngine();
        engine.init(true, new org.bouncycastle.crypto.params.KeyParameter(key));
        byte[] out = new byte[8];
        engine.processBlock(data, 0, out, 0);
        return out;
    }

    private static byte[] bytes(String s, boolean unicode) {
        return s.getBytes(unicode ? StandardCharsets.UTF_16LE : StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
