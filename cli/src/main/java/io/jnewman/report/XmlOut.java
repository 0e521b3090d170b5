package io.jnewman.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes XML the way xmlbuilder does with {@code pretty:true, indent:'  ', allowEmpty:false}: one element per line,
 * childless elements self-closed, an element holding a single CDATA section kept on one line, several CDATA
 * sections each on their own line. Attribute values escape {@code & < " \t \n \r}; characters XML cannot carry are
 * dropped (xmlbuilder would throw), and "]]>" inside CDATA is split so the section stays well-formed.
 */
final class XmlOut {
    private final Writer out;

    XmlOut(Writer out) {
        this.out = out;
    }

    void prolog() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    void open(int level, String name, Map<String, String> attributes) throws IOException {
        startTag(level, name, attributes);
        out.write(">\n");
    }

    void close(int level, String name) throws IOException {
        indent(level);
        out.write("</" + name + ">" + endline(level));
    }

    void empty(int level, String name, Map<String, String> attributes) throws IOException {
        startTag(level, name, attributes);
        out.write("/>" + endline(level));
    }

    /** {@code <name attrs><![CDATA[text]]></name>} on one line. */
    void cdataElement(int level, String name, Map<String, String> attributes, String text) throws IOException {
        startTag(level, name, attributes);
        out.write("><![CDATA[" + cdata(text) + "]]></" + name + ">\n");
    }

    /** A CDATA section on its own line, as a child among several. */
    void cdataLine(int level, String text) throws IOException {
        indent(level);
        out.write("<![CDATA[" + cdata(text) + "]]>\n");
    }

    private void startTag(int level, String name, Map<String, String> attributes) throws IOException {
        indent(level);
        out.write('<');
        out.write(name);
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (a.getValue() == null) continue;
            out.write(' ');
            out.write(a.getKey());
            out.write("=\"");
            out.write(attribute(a.getValue()));
            out.write('"');
        }
    }

    /** xmlbuilder ends the document without a final newline. */
    private static String endline(int level) {
        return level == 0 ? "" : "\n";
    }

    private void indent(int level) throws IOException {
        out.write("  ".repeat(level));
    }

    static String attribute(String value) {
        String legal = legal(value);
        StringBuilder sb = new StringBuilder(legal.length() + 16);
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#x9;");
                case '\n' -> sb.append("&#xA;");
                case '\r' -> sb.append("&#xD;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String cdata(String text) {
        return legal(text).replace("]]>", "]]]]><![CDATA[>");
    }

    /** Drops characters outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/FFFF). */
    static String legal(String text) {
        if (text == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) sb.append(c).append(text.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (ok && sb != null) sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }
}
