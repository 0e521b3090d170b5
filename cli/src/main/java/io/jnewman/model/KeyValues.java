package io.jnewman.model;

import java.util.List;
import java.util.function.UnaryOperator;

/** Operations over lists of key/value pairs that several request parts share. */
public final class KeyValues {
    private KeyValues() {
    }

    public static List<KeyValue> map(List<KeyValue> list, UnaryOperator<String> f) {
        return list.stream().map(kv -> new KeyValue(f.apply(kv.key()), f.apply(kv.value()), kv.disabled(), kv.description())).toList();
    }

    public static List<KeyValue> enabled(List<KeyValue> list) {
        return list.stream().filter(kv -> !kv.disabled()).toList();
    }
}
