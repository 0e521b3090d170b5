package io.jnewman.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An auth definition: the scheme ({@code type}: basic, bearer, digest, oauth1 …) and its parameters by key.
 * Collections v2.1 store parameters as [{key, value, type}], v2.0 as an object; both load into this map.
 * Non-string parameter values (booleans, numbers) are kept in their JSON text form.
 */
public record Auth(String type, Map<String, String> params) {
    public Auth {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public String param(String key) {
        return params.get(key);
    }

    public String param(String key, String fallback) {
        String v = params.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    public boolean flag(String key) {
        return "true".equalsIgnoreCase(params.get(key));
    }

    public Auth mapStrings(UnaryOperator<String> f) {
        Map<String, String> resolved = new LinkedHashMap<>();
        params.forEach((k, v) -> resolved.put(k, f.apply(v)));
        return new Auth(type, resolved);
    }
}
