package io.jnewman.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pattern column of an owners line, matched segment by segment against
 * {@code <collection file name>/<folder>/.../<request>}.
 *
 * <p>{@code *} matches any run of characters inside one segment, {@code ?} one character, and a segment that is exactly
 * {@code **} matches zero or more whole segments. A backslash makes the next character literal ({@code \ } for a space,
 * {@code \/} for a slash inside an item name, {@code \*}). Like a CODEOWNERS directory, a pattern that matches the
 * first segments of a path owns everything below them: {@code smoke.postman_collection.json/Users} owns every request
 * in the Users folder.
 */
public final class PathPattern {

    private static final String ANY_SEGMENTS = "**";

    private final String source;
    private final List<Object> segments; // Pattern for a glob segment, ANY_SEGMENTS for "**"

    private PathPattern(String source, List<Object> segments) {
        this.source = source;
        this.segments = segments;
    }

    /**
     * Compiles a pattern as written in the owners file (escapes still in it).
     *
     * @throws IllegalArgumentException with a one-line reason when the pattern is malformed
     */
    public static PathPattern compile(String written) {
        String text = written.startsWith("/") ? written.substring(1) : written;
        if (text.endsWith("/") && !text.endsWith("\\/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        List<Object> segments = new ArrayList<>();
        for (String segment : splitOnUnescapedSlash(text)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("empty path segment in '" + written + "'");
            }
            if (segment.equals(ANY_SEGMENTS)) {
                segments.add(ANY_SEGMENTS);
            } else {
                segments.add(globSegment(segment, written));
            }
        }
        return new PathPattern(written, List.copyOf(segments));
    }

    /** The pattern as written in the owners file. */
    public String source() {
        return source;
    }

    /** True when the pattern matches the path or a leading part of it (segment boundaries only). */
    public boolean matches(List<String> path) {
        return matchFrom(0, path, 0);
    }

    private boolean matchFrom(int si, List<String> path, int pi) {
        if (si == segments.size()) {
            return true; // pattern used up: it owns what lies below
        }
        Object segment = segments.get(si);
        if (segment == ANY_SEGMENTS) {
            for (int skip = pi; skip <= path.size(); skip++) {
                if (matchFrom(si + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return pi < path.size()
                && ((Pattern) segment).matcher(path.get(pi)).matches()
                && matchFrom(si + 1, path, pi + 1);
    }

    private static List<String> splitOnUnescapedSlash(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == '/') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static Pattern globSegment(String segment, String written) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 == segment.length()) {
                        throw new IllegalArgumentException("pattern '" + written + "' ends with a lone backslash");
                    }
                    regex.append(Pattern.quote(String.valueOf(segment.charAt(++i))));
                }
                case '*' -> {
                    if (i + 1 < segment.length() && segment.charAt(i + 1) == '*') {
                        throw new IllegalArgumentException(
                                "'**' must be a whole path segment in '" + written + "'");
                    }
                    regex.append(".*");
                }
                case '?' -> regex.append(".");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return source;
    }
}
