package io.jnewman.model;

/** A key/value pair as collections store headers, query parameters, path variables and urlencoded fields. */
public record KeyValue(String key, String value, boolean disabled, String description) {
    public KeyValue {
        key = key == null ? "" : key;
    }

    public static KeyValue of(String key, String value) {
        return new KeyValue(key, value, false, null);
    }

    public KeyValue withValue(String newValue) {
        return new KeyValue(key, newValue, disabled, description);
    }

    public KeyValue withKey(String newKey) {
        return new KeyValue(newKey, value, disabled, description);
    }
}
