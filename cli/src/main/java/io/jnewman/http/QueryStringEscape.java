package io.jnewman.http;

import java.nio.charset.StandardCharsets;

/** Node's {@code querystring.escape}: UTF-8 percent-encoding of everything but A-Z a-z 0-9 and - _ . ! ~ * ' ( ). */
final class QueryStringEscape {
    private static final String UNRESERVED = "-_.!~*'()";

    private QueryStringEscape() {
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
            int b = raw & 0xff;
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || UNRESERVED.indexOf(b) >= 0) {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
            }
        }
        return sb.toString();
    }
}
