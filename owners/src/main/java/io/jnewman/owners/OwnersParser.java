package io.jnewman.owners;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the owners file format: one rule a line, {@code <pattern> <team> <slack id>} separated by spaces or tabs;
 * blank lines and lines whose first field starts with {@code #} are skipped, and a field starting with {@code #} ends
 * the line (a trailing comment). A backslash makes the next character literal, so {@code \ } puts a space in a pattern.
 */
final class OwnersParser {

    private final String sourceName;

    OwnersParser(String sourceName) {
        this.sourceName = sourceName;
    }

    List<OwnerRule> parse(String text) {
        List<OwnerRule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            List<String> fields = fields(lines[i], lineNumber);
            if (fields.isEmpty()) {
                continue;
            }
            if (fields.size() != 3) {
                throw error(lineNumber, "expected '<pattern> <team> <slack id>', found " + fields.size()
                        + (fields.size() == 1 ? " field" : " fields"));
            }
            rules.add(rule(fields, lineNumber));
        }
        return List.copyOf(rules);
    }

    private OwnerRule rule(List<String> fields, int lineNumber) {
        PathPattern pattern;
        try {
            pattern = PathPattern.compile(fields.get(0));
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
        }
        String team = unescape(fields.get(1));
        String slackId = unescape(fields.get(2));
        if (!Owner.isSlackId(slackId)) {
            throw error(lineNumber, "'" + slackId
                    + "' is not a Slack id (a user group id S…, or a user id U…/W…)");
        }
        return new OwnerRule(pattern, new Owner(team, slackId), lineNumber);
    }

    /** Splits on unescaped whitespace, keeping escapes in the fields; a field starting with '#' ends the line. */
    private List<String> fields(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                if (i + 1 == line.length()) {
                    throw error(lineNumber, "line ends with a lone backslash");
                }
                current.append(c).append(line.charAt(++i));
            } else if (c == ' ' || c == '\t') {
                if (!current.isEmpty()) {
                    fields.add(current.toString());
                    current.setLength(0);
                }
            } else if (c == '#' && current.isEmpty()) {
                break;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            fields.add(current.toString());
        }
        return fields;
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            out.append(c == '\\' && i + 1 < field.length() ? field.charAt(++i) : c);
        }
        return out.toString();
    }

    private OwnersFileException error(int lineNumber, String reason) {
        return new OwnersFileException(sourceName + ":" + lineNumber + ": " + reason);
    }
}
