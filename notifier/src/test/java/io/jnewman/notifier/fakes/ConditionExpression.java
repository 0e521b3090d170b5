package io.jnewman.notifier.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subset of DynamoDB's condition expression language, evaluated against an item (null when absent):
 * {@code attribute_exists(p)}, {@code attribute_not_exists(p)}, comparisons {@code p < :v} ({@code < <= > >= = <>})
 * on numbers and strings, {@code AND}, {@code OR}, {@code NOT} and parentheses.
 */
final class ConditionExpression {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(attribute_not_exists|attribute_exists|AND|OR|NOT|<=|>=|<>|[()<>=]|[#:]?[A-Za-z_][A-Za-z0-9_]*)");

    private final List<String> tokens = new ArrayList<>();
    private final JsonNode names;
    private final JsonNode values;
    private final JsonNode item;
    private int pos;

    private ConditionExpression(String expression, JsonNode names, JsonNode values, JsonNode item) {
        Matcher m = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.strip().length() && m.find(at) && m.start() == at) {
            tokens.add(m.group(1));
            at = m.end();
        }
        if (at < expression.length() && !expression.substring(at).isBlank()) {
            throw new IllegalArgumentException("unsupported condition syntax at: " + expression.substring(at));
        }
        this.names = names;
        this.values = values;
        this.item = item;
    }

    static boolean holds(String expression, JsonNode names, JsonNode values, JsonNode item) {
        ConditionExpression c = new ConditionExpression(expression, names, values, item);
        boolean result = c.or();
        if (c.pos != c.tokens.size()) {
            throw new IllegalArgumentException("unexpected " + c.tokens.get(c.pos));
        }
        return result;
    }

    private boolean or() {
        boolean result = and();
        while (accept("OR")) {
            result = and() | result;
        }
        return result;
    }

    private boolean and() {
        boolean result = unary();
        while (accept("AND")) {
            result = unary() & result;
        }
        return result;
    }

    private boolean unary() {
        if (accept("NOT")) {
            return !unary();
        }
        if (accept("(")) {
            boolean inner = or();
            expect(")");
            return inner;
        }
        if (accept("attribute_not_exists") || accept("attribute_exists")) {
            boolean wantsMissing = tokens.get(pos - 1).equals("attribute_not_exists");
            expect("(");
            JsonNode value = attribute(next());
            expect(")");
            return wantsMissing == (value == null);
        }
        JsonNode left = attribute(next());
        String op = next();
        JsonNode right = values.path(next());
        if (left == null) {
            return false;
        }
        int cmp = compare(left, right);
        return switch (op) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            case "=" -> cmp == 0;
            case "<>" -> cmp != 0;
            default -> throw new IllegalArgumentException("unsupported operator " + op);
        };
    }

    private JsonNode attribute(String token) {
        String name = token.startsWith("#") ? names.path(token).asText() : token;
        return item == null || !item.has(name) ? null : item.get(name);
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.has("N") && b.has("N")) {
            return new java.math.BigDecimal(a.get("N").asText()).compareTo(new java.math.BigDecimal(b.get("N").asText()));
        }
        return a.path("S").asText().compareTo(b.path("S").asText());
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equals(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("expected " + token);
        }
    }

    private String next() {
        if (pos == tokens.size()) {
            throw new IllegalArgumentException("condition ends early");
        }
        return tokens.get(pos++);
    }
}
