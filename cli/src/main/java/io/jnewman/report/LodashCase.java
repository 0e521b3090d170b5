package io.jnewman.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lodash's word splitting and camelCase, which Newman uses for reporter option names and JUnit class names: words
 * break at punctuation and spaces, at lower→upper case changes, before the last capital of a capital run
 * ("HTTPRequest" → HTTP, Request) and around digit runs; accents are stripped (deburr) and apostrophes dropped.
 */
final class LodashCase {
    private static final Pattern WORD = Pattern.compile(
            "\\p{Lu}?\\p{Ll}+"
                    + "|\\p{Lu}+(?=\\p{Lu}\\p{Ll})"
                    + "|\\p{Lu}+"
                    + "|[\\p{L}&&[^\\p{Lu}\\p{Ll}]]+"
                    + "|\\p{N}+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LodashCase() {
    }

    static List<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("'", "").replace("\u2019", "");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) words.add(m.group());
        return words;
    }

    static String camelCase(String text) {
        StringBuilder sb = new StringBuilder();
        for (String word : words(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            sb.append(sb.isEmpty() ? lower : upperFirst(lower));
        }
        return sb.toString();
    }

    static String upperFirst(String s) {
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }
}
