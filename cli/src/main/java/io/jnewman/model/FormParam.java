package io.jnewman.model;

import java.util.List;

/**
 * A formdata field: {@code type} "text" uses {@code value}; "file" uses {@code src} (one or several paths), or
 * {@code value} as base64 content when there is no src.
 */
public record FormParam(String key, String value, String type, List<String> src, String contentType,
                        boolean disabled, String description) {
    public FormParam {
        src = src == null ? List.of() : List.copyOf(src);
        type = type == null ? "text" : type;
    }

    public boolean isFile() {
        return "file".equals(type);
    }
}
