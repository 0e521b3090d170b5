package io.jnewman.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order in which JavaScript enumerates an object's keys: array-index keys ("0", "12") ascending first, then the
 * others in insertion order. Newman builds urlencoded bodies from such an object.
 */
final class JsObjectOrder {
    private JsObjectOrder() {
    }

    static List<String> keys(Collection<String> insertionOrder) {
        List<String> indexes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String k : insertionOrder) (isArrayIndex(k) ? indexes : others).add(k);
        indexes.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        indexes.addAll(others);
        return indexes;
    }

    private static boolean isArrayIndex(String k) {
        if (k.isEmpty() || k.length() > 10 || (k.length() > 1 && k.charAt(0) == '0')) return false;
        for (int i = 0; i < k.length(); i++) if (!Character.isDigit(k.charAt(i)) || k.charAt(i) > '9') return false;
        return Long.parseLong(k) < 4294967295L;
    }
}
