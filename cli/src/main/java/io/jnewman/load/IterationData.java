package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Iteration data: a JSON array of objects, or CSV with a header row. JSON is tried first and CSV is the fallback, as
 * Newman does. CSV follows Newman's csv-parse options (trim, relaxed column count, BOM) and its number casting:
 * unquoted cells that look like numbers become numbers ("00123" → 123, "1e3" → 1000, "0x10" → 0); quoted cells stay
 * strings.
 */
public final class IterationData {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("^[-+]?[1-9][0-9]*$");
    private static final Pattern FLOAT_PREFIX = Pattern.compile("^[\\t\\n\\r ]*[-+]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)");

    private IterationData() {
    }

    public static List<ObjectNode> load(String location) {
        String text = SourceText.read(location, "iteration data");
        String trimmed = text.strip();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            JsonNode node = JsonInput.parse(trimmed, location, "iteration data");
            if (!node.isArray()) {
                throw new LoadException("iteration data could not be loaded: \"" + location + "\" must hold a JSON array of objects");
            }
            List<ObjectNode> rows = new ArrayList<>();
            for (JsonNode row : node) {
                rows.add(row.isObject() ? (ObjectNode) row : JSON.objectNode());
            }
            return rows;
        }
        return parseCsv(text, location);
    }

    static List<ObjectNode> parseCsv(String text, String location) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setLineSeparator("\n");
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setKeepQuotes(true);
        settings.setIgnoreLeadingWhitespaces(true);
        settings.setIgnoreTrailingWhitespaces(true);
        settings.setSkipEmptyLines(true);
        settings.setNullValue("");
        settings.setEmptyValue("\"\"");
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(100_000);
        CsvParser parser = new CsvParser(settings);
        List<String[]> records;
        try {
            records = parser.parseAll(new java.io.StringReader(text));
        } catch (RuntimeException e) {
            throw new LoadException("iteration data could not be loaded: \"" + location + "\" is not valid CSV: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        List<ObjectNode> rows = new ArrayList<>();
        if (records.isEmpty()) return rows;
        String[] header = records.get(0);
        for (int i = 0; i < header.length; i++) header[i] = unquote(header[i] == null ? "" : header[i]);
        for (int r = 1; r < records.size(); r++) {
            String[] cells = records.get(r);
            ObjectNode row = JSON.objectNode();
            for (int c = 0; c < header.length; c++) {
                String cell = c < cells.length ? cells[c] : null;
                if (cell == null) {
                    if (c < cells.length) row.put(header[c], "");
                    continue;
                }
                row.set(header[c], cast(cell));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean quoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"");
    }

    private static String unquote(String cell) {
        return quoted(cell) ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }

    /** csv-parse's auto_parse as Newman configures it. */
    static JsonNode cast(String cell) {
        if (quoted(cell)) return JSON.textNode(unquote(cell));
        if (cell.isEmpty()) return JSON.textNode("");
        if (INTEGER.matcher(cell).matches()) {
            try {
                return JSON.numberNode(Long.parseLong(cell));
            } catch (NumberFormatException e) {
                return JSON.numberNode(Double.parseDouble(cell));
            }
        }
        // JavaScript: value - parseFloat(value) + 1 >= 0  ⇒ Number(value) is a number and parseFloat parsed a prefix
        Double number = jsNumber(cell);
        java.util.regex.Matcher m = FLOAT_PREFIX.matcher(cell);
        if (number != null && m.find()) {
            double parsed = Double.parseDouble(m.group().strip().replace("Infinity", "Infinity"));
            if (number - parsed + 1 >= 0) {
                return parsed == Math.rint(parsed) && Math.abs(parsed) < 9.007199254740992E15
                        ? JSON.numberNode((long) parsed) : JSON.numberNode(parsed);
            }
        }
        return JSON.textNode(cell);
    }

    /** JavaScript Number(value) for the forms that matter here; null for NaN. */
    private static Double jsNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0.0;
        try {
            if (t.matches("(?i)0x[0-9a-f]+")) return (double) Long.parseLong(t.substring(2), 16);
            if (t.matches("(?i)0b[01]+")) return (double) Long.parseLong(t.substring(2), 2);
            if (t.matches("(?i)0o[0-7]+")) return (double) Long.parseLong(t.substring(2), 8);
            if (t.matches("[-+]?Infinity")) return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
