package io.jnewman.model;

import java.util.List;

/**
 * A formdata field: {@code type} "text" uses {@code value}; "file" uses {@code src} (one or several paths), or
 * {@code value} as base64 content when there is no src. {@code srcArray} says the collection gave src as an array,
 * which changes what an unreadable file does (see http.FormFileLoading).
 */
public record FormParam(String key, String value, String type, List<String> src, boolean srcArray, String contentType,
                        boolean disabled, String description) {
    public FormParam {
        src = src == null ? List.of() : List.copyOf(src);
        type = type == null ? "text" : type;
    }

    public FormParam withSource(String path) {
        return new FormParam(key, value, type, List.of(path), false, contentType, disabled, description);
    }

    public FormParam asDisabled() {
        return new FormParam(key, value, type, src, srcArray, contentType, true, description);
    }

    public boolean isFile() {
        return "file".equals(type);
    }
}
