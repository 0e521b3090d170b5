package io.jnewman.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-wrap package as Newman's cli reporter calls it ({@code cut: true}): each line of the text is cut into
 * chunks of at most {@code width} characters, empty lines vanish, and every chunk is prefixed with the indent.
 */
final class WordWrap {
    private WordWrap() {
    }

    static String wrap(String text, int width, String indent) {
        List<String> chunks = new ArrayList<>();
        for (String line : text.split("[\n\r\u2028\u2029]", -1)) {
            int i = 0;
            while (i < line.length()) {
                int end = line.offsetByCodePoints(i, Math.min(width, line.codePointCount(i, line.length())));
                chunks.add(line.substring(i, end));
                i = end;
            }
        }
        return indent + String.join("\n" + indent, chunks);
    }
}
