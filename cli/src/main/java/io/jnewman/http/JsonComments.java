package io.jnewman.http;

/**
 * Removes {@code //} and {@code /* *}{@code /} comments from a JSON text outside string literals, as postman-runtime
 * does for raw JSON bodies before sending them.
 */
final class JsonComments {
    private JsonComments() {
    }

    static String strip(String json) {
        StringBuilder out = new StringBuilder(json.length());
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < n && json.charAt(end) != '"') {
                    end += json.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                out.append(json, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && json.charAt(i + 1) == '/') {
                while (i < n && json.charAt(i) != '\n' && json.charAt(i) != '\r') i++;
            } else if (c == '/' && i + 1 < n && json.charAt(i + 1) == '*') {
                int end = json.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
