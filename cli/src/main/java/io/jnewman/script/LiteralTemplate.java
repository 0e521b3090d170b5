package io.jnewman.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A script's source with its string and number literals lifted out as parameters, so that scripts which differ only
 * in their literals ({@code pm.expect(json.id).to.eql(12)} in one request, {@code …eql(13)} in the next, as generated
 * and copy-pasted collections have them) share one compiled function and its warmed-up syntax tree. Compiling a
 * distinct script and running it the first time costs the interpreter about 0.7 ms.
 *
 * <p>Each lifted literal becomes a name of the same length or shorter, padded with spaces, so every line and column
 * of the template is the source's: stack traces point at the same places, and text that quotes the template (a
 * function's source from {@code Function.prototype.toString}, which scripts use to keep shared functions in a
 * variable) maps back to the source exactly. The scan is careful rather than complete:
 * a literal is left in place where a name could mean something else (an object key, a computed member key, a
 * method name), and a script whose tokens the scan cannot be sure of (a slash after {@code )} or {@code }} that could
 * start a regular expression or divide, a class body, {@code "use strict"}, an escape outside a string) is not
 * lifted at all.
 */
final class LiteralTemplate {
    /** The first character of every lifted name; a source that contains it is not lifted. */
    static final char MARK = 'ℓ';
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    private static final int MAX_LIFTED = 1000;
    // numbers whose text is also a JSON number, so the value travels as its own text
    private static final Pattern JSON_NUMBER = Pattern.compile("(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    /** The template text, the same length as the source. */
    final String text;
    /** One entry per lifted literal, in source order. */
    final List<Lifted> lifted;

    /** A lifted literal: its name in the template, its source text, and its value as JSON. */
    record Lifted(String name, String original, String json) {
    }

    private LiteralTemplate(String text, List<Lifted> lifted) {
        this.text = text;
        this.lifted = lifted;
    }

    /** The source with its literals lifted, or null when there is nothing to lift or the scan is unsure. */
    static LiteralTemplate of(String source) {
        if (source.indexOf(MARK) >= 0 || source.contains("use strict")) return null;
        List<int[]> spans = new Scan(source).literals();
        if (spans == null || spans.isEmpty()) return null;
        StringBuilder text = new StringBuilder(source);
        List<Lifted> lifted = new ArrayList<>();
        for (int[] span : spans) {
            if (lifted.size() == MAX_LIFTED) break;
            String original = source.substring(span[0], span[1]);
            String json = jsonValue(original);
            if (json == null) continue;
            String name = name(lifted.size());
            if (name.length() > original.length()) continue;
            // a name the same length as the literal must not run into the word after it
            if (name.length() == original.length() && span[1] < source.length()
                    && Character.isJavaIdentifierPart(source.charAt(span[1]))) continue;
            for (int k = 0; k < original.length(); k++) text.setCharAt(span[0] + k, k < name.length() ? name.charAt(k) : ' ');
            lifted.add(new Lifted(name, original, json));
        }
        return lifted.isEmpty() ? null : new LiteralTemplate(text.toString(), lifted);
    }

    /** For the sandbox: a JSON array of the template text, then each lifted literal's value. */
    String toJson() {
        StringBuilder out = new StringBuilder(text.length() + 16 * lifted.size()).append('[').append(Json.quote(text));
        for (Lifted l : lifted) out.append(',').append(l.json());
        return out.append(']').toString();
    }

    /** The names of the first {@code count} lifted literals, comma separated: a template's extra parameters. */
    static String names(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(i == 0 ? "" : ",").append(name(i));
        return out.toString();
    }

    /**
     * Text that quotes this template (an error message, a function's source) with each name and its padding back
     * to the literal it stands for.
     */
    String restore(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        int i = 0;
        while (i < quoted.length()) {
            int mark = quoted.indexOf(MARK, i);
            if (mark < 0) break;
            int end = mark + 1;
            while (end < quoted.length() && DIGITS.indexOf(quoted.charAt(end)) >= 0) end++;
            Lifted literal = lifted(quoted.substring(mark, end));
            out.append(quoted, i, mark);
            if (literal == null) {
                out.append(quoted, mark, end);
            } else {
                out.append(literal.original());
                // the padding the name took in place of the literal's longer text
                int pad = literal.original().length() - literal.name().length();
                while (pad-- > 0 && end < quoted.length() && quoted.charAt(end) == ' ') end++;
            }
            i = end;
        }
        return out.append(quoted, i, quoted.length()).toString();
    }

    private Lifted lifted(String name) {
        for (Lifted l : lifted) if (l.name().equals(name)) return l;
        return null;
    }

    private static String name(int index) {
        StringBuilder digits = new StringBuilder();
        int i = index;
        do {
            digits.append(DIGITS.charAt(i % DIGITS.length()));
            i /= DIGITS.length();
        } while (i > 0);
        return MARK + digits.reverse().toString();
    }

    /** The literal's value as JSON text, or null for a form left in place (octal, hex, BigInt, line continuation). */
    static String jsonValue(String literal) {
        char first = literal.charAt(0);
        if (first != '"' && first != '\'') return JSON_NUMBER.matcher(literal).matches() ? literal : null;
        StringBuilder out = new StringBuilder(literal.length() + 2).append('"');
        int end = literal.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                appendJson(out, c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'n' -> out.append("\\n");
                case 't' -> out.append("\\t");
                case 'r' -> out.append("\\r");
                case 'b' -> out.append("\\b");
                case 'f' -> out.append("\\f");
                case 'v' -> out.append("\\u000b");
                case '0' -> {
                    if (i + 1 < end && Character.isDigit(literal.charAt(i + 1))) return null;
                    out.append("\\u0000");
                }
                case 'x' -> {
                    int v = hex(literal, i + 1, i + 3, end);
                    if (v < 0) return null;
                    appendJson(out, (char) v);
                    i += 2;
                }
                case 'u' -> {
                    if (i + 1 < end && literal.charAt(i + 1) == '{') {
                        int close = literal.indexOf('}', i + 2);
                        if (close < 0 || close >= end || close - i - 2 > 6) return null;
                        int v = hex(literal, i + 2, close, end);
                        if (v < 0 || v > 0x10FFFF) return null;
                        for (char ch : Character.toChars(v)) appendJson(out, ch);
                        i = close;
                    } else {
                        int v = hex(literal, i + 1, i + 5, end);
                        if (v < 0) return null;
                        appendJson(out, (char) v);
                        i += 4;
                    }
                }
                default -> {
                    // legacy octal escapes and line continuations are left to the parser
                    if (Character.isDigit(e) || e == '\n' || e == '\r' || e == '\u2028' || e == '\u2029') return null;
                    appendJson(out, e);
                }
            }
        }
        return out.append('"').toString();
    }

    private static int hex(String s, int from, int to, int limit) {
        if (to > limit || from >= to) return -1;
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    private static void appendJson(StringBuilder out, char c) {
        if (c == '"' || c == '\\') out.append('\\').append(c);
        else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
        else out.append(c);
    }

    /** The token scan: the spans of the string and number literals that may be lifted, or null when unsure. */
    private static final class Scan {
        private enum Prev { START, PUNCT, WORD, KEYWORD, VALUE, CLOSE_PAREN, CLOSE_BRACE, CLOSE_BRACKET }

        private final String s;
        private final int n;
        private final List<int[]> spans = new ArrayList<>();
        // the brace depth at each open template substitution, innermost first
        private final Deque<Integer> substitutions = new ArrayDeque<>();
        // for each open bracket, whether it is a member access (o["key"]) rather than an array literal
        private final Deque<Boolean> brackets = new ArrayDeque<>();
        private int depth;
        private Prev prev = Prev.START;
        private char prevPunct;

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        List<int[]> literals() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && next == '/') {
                    i = JsScan.endOfLine(s, i);
                } else if (c == '/' && next == '*') {
                    int end = s.indexOf("*/", i + 2);
                    if (end < 0) return null;
                    i = end + 2;
                } else if (c == '\'' || c == '"') {
                    int end = JsScan.endOfQuoted(s, i, c);
                    if (end < 0) return null;
                    consider(i, end);
                    prev = Prev.VALUE;
                    i = end;
                } else if (c == '`') {
                    i = templateText(i + 1);
                    if (i < 0) return null;
                } else if ((c == '+' || c == '-') && next == c) {
                    // after x++ a slash divides, after ++ in other places it cannot follow: either way, unsure
                    prev = Prev.CLOSE_PAREN;
                    i += 2;
                } else if (c == '/') {
                    // a slash after ) or } may divide or start a regular expression: the scan cannot tell
                    if (prev == Prev.CLOSE_PAREN || prev == Prev.CLOSE_BRACE) return null;
                    if (regexAllowed()) {
                        int end = JsScan.endOfRegex(s, i);
                        if (end < 0) return null;
                        prev = Prev.VALUE;
                        i = end;
                    } else {
                        punct(c);
                        i++;
                    }
                } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next))) {
                    int start = i;
                    boolean hex = c == '0' && (next == 'x' || next == 'X');
                    while (i < n && isNumberPart(i, hex)) i++;
                    if (start == 0 || s.charAt(start - 1) != '.') consider(start, i);
                    prev = Prev.VALUE;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = i;
                    while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) i++;
                    String word = s.substring(start, i);
                    // class fields and method names would take a lifted name as their own
                    if (word.equals("class")) return null;
                    prev = JsScan.KEYWORDS_BEFORE_EXPRESSION.contains(word) ? Prev.KEYWORD : Prev.WORD;
                } else if (c == '\\') {
                    return null;
                } else if (c == '}' && !substitutions.isEmpty() && substitutions.peek() == depth) {
                    substitutions.pop();
                    i = templateText(i + 1);
                    if (i < 0) return null;
                } else {
                    if (c == '?' && next == '.' && !(i + 2 < n && Character.isDigit(s.charAt(i + 2)))) {
                        // optional chaining is a member access like '.'
                        punct('.');
                        i += 2;
                        continue;
                    }
                    if (c == '{') depth++;
                    if (c == '}') depth--;
                    if (c == '[') brackets.push(prev == Prev.WORD || prev == Prev.VALUE || prev == Prev.CLOSE_PAREN
                            || prev == Prev.CLOSE_BRACKET || (prev == Prev.PUNCT && prevPunct == '.'));
                    if (c == ']' && !brackets.isEmpty()) brackets.pop();
                    switch (c) {
                        case ')' -> prev = Prev.CLOSE_PAREN;
                        case '}' -> prev = Prev.CLOSE_BRACE;
                        case ']' -> prev = Prev.CLOSE_BRACKET;
                        default -> punct(c);
                    }
                    i++;
                }
            }
            return substitutions.isEmpty() ? spans : null;
        }

        private void punct(char c) {
            prev = Prev.PUNCT;
            prevPunct = c;
        }

        private boolean regexAllowed() {
            return prev == Prev.START || prev == Prev.PUNCT || prev == Prev.KEYWORD;
        }

        private boolean isNumberPart(int i, boolean hex) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') return true;
            // an exponent's sign (in 0x1e+5 the + adds)
            return !hex && (c == '+' || c == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E');
        }

        /** Scans template text from {@code from}; returns the index after its end or after a "${", or -1. */
        private int templateText(int from) {
            for (int i = from; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '`') {
                    prev = Prev.VALUE;
                    return i + 1;
                } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
                    substitutions.push(depth);
                    punct('{');
                    return i + 2;
                }
            }
            return -1;
        }

        /** Records a literal that may be lifted: not a key, a method name or a computed member key. */
        private void consider(int start, int end) {
            if (start > 0 && Character.isJavaIdentifierPart(s.charAt(start - 1))) return;
            char after = nextSignificant(end);
            if (after == ':' || after == '(') return;
            if (prev == Prev.PUNCT && prevPunct == '[' && after == ']' && !brackets.isEmpty() && brackets.peek()) return;
            spans.add(new int[] {start, end});
        }

        private char nextSignificant(int from) {
            int i = from;
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                    i = JsScan.endOfLine(s, i);
                } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                    int end = s.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else {
                    return c;
                }
            }
            return 0;
        }
    }
}
