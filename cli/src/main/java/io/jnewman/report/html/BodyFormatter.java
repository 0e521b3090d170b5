package io.jnewman.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jnewman.report.FileSize;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Turns a body into what the report shows: masked first (so a secret cut by the size cap cannot leak half of
 * itself), pretty-printed when it is JSON, then cut to {@code limit} characters with a note saying so. Binary
 * bodies are described, not shown.
 */
final class BodyFormatter {
    static final int DEFAULT_LIMIT = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private final int limit;
    private final UnaryOperator<String> masker;

    BodyFormatter(int limit, UnaryOperator<String> masker) {
        this.limit = limit;
        this.masker = masker;
    }

    /**
     * @param text        the body decoded as text (null or empty for none)
     * @param contentType its Content-Type, or null
     * @param bytes       its size in bytes, for the notes
     * @param binary      true when the bytes are not text (then {@code text} is ignored)
     */
    BodyView format(String text, String contentType, long bytes, boolean binary) {
        if (binary) {
            return BodyView.none("Binary body (" + FileSize.format(bytes)
                    + (contentType == null ? "" : ", " + contentType) + "), not shown.");
        }
        if (text == null || text.isEmpty()) return BodyView.none("No body.");
        String masked = masker.apply(text);
        String pretty = looksLikeJson(masked, contentType) ? prettyJson(masked, limit) : null;
        String shown = pretty == null ? masked : pretty;
        if (shown.length() <= limit) return new BodyView(shown, pretty != null, null);
        String whole = FileSize.format(Math.max(bytes, text.length()));
        return new BodyView(shown.substring(0, cutPoint(shown)), pretty != null, "Cut to the first "
                + String.format(Locale.ROOT, "%,d", limit) + " characters; the whole body is " + whole + ".");
    }

    /** The cut never splits a surrogate pair, which would leave a broken character at the end. */
    private int cutPoint(String s) {
        return Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean looksLikeJson(String text, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) return true;
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    /**
     * Re-indented JSON, numbers and key order exactly as sent; null when the text is not one JSON value. Stops once
     * the output passes {@code enough} characters (the rest would be cut anyway), so a large body costs no more than
     * the part shown; the JSON is then checked only that far.
     */
    static String prettyJson(String text, int enough) {
        StringWriter out = new StringWriter(Math.min(text.length() + text.length() / 4, enough + 1024));
        try (JsonParser p = JSON.createParser(text); JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            JsonToken token = p.nextToken();
            int depth = 0;
            while (token != null) {
                if (out.getBuffer().length() + g.getOutputBuffered() > enough) {
                    g.flush();
                    return out.toString();
                }
                if (token.isNumeric()) g.writeNumber(p.getText()); // as sent: 1.10 stays 1.10, 1e400 stays 1e400
                else g.copyCurrentEvent(p);
                if (token.isStructStart()) depth++;
                else if (token.isStructEnd()) depth--;
                if (depth == 0) break;
                token = p.nextToken();
            }
            if (token == null || p.nextToken() != null) return null;
        } catch (IOException e) {
            return null;
        }
        return out.toString();
    }
}
