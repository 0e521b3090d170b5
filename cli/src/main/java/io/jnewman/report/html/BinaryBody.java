package io.jnewman.report.html;

import java.util.Locale;

/** Whether a body is better described than shown: a binary media type, or NUL bytes near its start. */
final class BinaryBody {
    private static final int SNIFF = 1024;

    private BinaryBody() {
    }

    static boolean isBinary(String contentType, byte[] body) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("image/") && !type.startsWith("image/svg")) return true;
            if (type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("font/")) return true;
            if (type.startsWith("application/octet-stream") || type.startsWith("application/pdf")
                    || type.startsWith("application/zip") || type.startsWith("application/gzip")) return true;
        }
        for (int i = 0; i < Math.min(SNIFF, body.length); i++) {
            if (body[i] == 0) return true;
        }
        return false;
    }
}
