package io.jnewman.model;

/**
 * A description as Newman's collection model holds one: its text and the text's media type ({@code text/plain}
 * unless the collection names another, e.g. {@code text/markdown}).
 */
public record Description(String content, String type) {
    public static final String DEFAULT_TYPE = "text/plain";

    public Description {
        type = type == null || type.isEmpty() ? DEFAULT_TYPE : type;
    }

    /** A plain-text description, or null for no text. */
    public static Description text(String content) {
        return content == null ? null : new Description(content, null);
    }
}
