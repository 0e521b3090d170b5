package io.jnewman.http;

import org.brotli.dec.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes Content-Encoding gzip, deflate (zlib-wrapped or raw) and br, as Node's request stack does for responses.
 * A body that does not decode is kept as received.
 */
final class ContentDecoding {
    private ContentDecoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding) {
        if (contentEncoding == null || body.length == 0) return body;
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "gzip", "x-gzip" -> readAll(new GZIPInputStream(new ByteArrayInputStream(body)));
                case "deflate" -> inflate(body);
                case "br" -> readAll(new BrotliInputStream(new ByteArrayInputStream(body)));
                default -> body;
            };
        } catch (IOException e) {
            return body;
        }
    }

    private static byte[] inflate(byte[] body) throws IOException {
        try {
            return readAll(new InflaterInputStream(new ByteArrayInputStream(body)));
        } catch (IOException zlibFailed) {
            return readAll(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
