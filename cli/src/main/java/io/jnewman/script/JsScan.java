package io.jnewman.script;

import java.util.Set;

/** The pieces of a JavaScript token scan that the scans of script sources share (FreeNames, LiteralTemplate). */
final class JsScan {
    /** Keywords after which a slash starts a regular expression rather than dividing. */
    static final Set<String> KEYWORDS_BEFORE_EXPRESSION = Set.of("return", "typeof", "instanceof", "in", "of",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");

    private JsScan() {
    }

    /** Index of the line feed that ends a line comment starting at {@code from}, or the length of the source. */
    static int endOfLine(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** Index after the closing quote of a string literal on the same line, or -1. */
    static int endOfQuoted(String s, int from, char quote) {
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == quote) return i + 1;
            else if (c == '\n' || c == '\r') return -1;
        }
        return -1;
    }

    /** Index after a regular expression literal's closing slash and flags on the same line, or -1. */
    static int endOfRegex(String s, int from) {
        boolean inClass = false;
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '\n' || c == '\r') return -1;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) {
                int end = i + 1;
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) end++;
                return end;
            }
        }
        return -1;
    }
}
