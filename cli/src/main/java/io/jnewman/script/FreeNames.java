package io.jnewman.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a set of global names a script source mentions as a free identifier: in code (not in a string, comment
 * or regular expression literal) and not after a dot, so `pm.environment` and `"a request"` do not make the legacy
 * `environment` or `request` globals. The sandbox builds the legacy globals only for those. When the scan cannot
 * tell (a string that does not end on its line), the rest of the text counts as code: naming a global too many is
 * harmless, one too few is not.
 */
final class FreeNames {
    private FreeNames() {
    }

    /** The candidates the source mentions, in candidate order, joined by commas ("" for none). */
    static String mentioned(String source, Set<String> candidates) {
        Set<String> found = identifiers(source);
        // code run by a direct eval sees the script's parameters, and its text is not known here
        boolean all = found.contains("eval");
        List<String> ordered = new ArrayList<>();
        for (String c : candidates) if (all || found.contains(c)) ordered.add(c);
        return String.join(",", ordered);
    }

    private static Set<String> identifiers(String s) {
        Set<String> found = new HashSet<>();
        int n = s.length();
        // whether a '/' here would start a regular expression: after an operator or at the start, not after a value
        boolean regexAllowed = true;
        boolean afterDot = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                i = JsScan.endOfLine(s, i);
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"' || (c == '/' && regexAllowed)) {
                // a literal to skip: a string, or a regular expression where one may start
                int end = c == '/' ? JsScan.endOfRegex(s, i) : JsScan.endOfQuoted(s, i, c);
                if (end < 0) {
                    i++;
                } else {
                    i = end;
                    regexAllowed = false;
                }
                afterDot = false;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) i++;
                String word = s.substring(start, i);
                if (!afterDot) found.add(word);
                regexAllowed = JsScan.KEYWORDS_BEFORE_EXPRESSION.contains(word);
                afterDot = false;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
                regexAllowed = false;
                afterDot = false;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                // template literal text is scanned as code: its ${…} parts are code, the rest only adds names
                if (s.startsWith("...", i)) {
                    i += 3;
                    afterDot = false;
                    regexAllowed = true;
                    continue;
                }
                afterDot = c == '.';
                if (c == '?' && i + 1 < n && s.charAt(i + 1) == '.') {
                    afterDot = true;
                    i++;
                }
                regexAllowed = c != ')' && c != ']' && c != '}';
                i++;
            }
        }
        return found;
    }
}
