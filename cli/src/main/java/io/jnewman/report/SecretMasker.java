package io.jnewman.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.jnewman.http.UrlEncoder;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Replaces secret values with {@code ***} in text a run writes out. Each secret is masked in the forms it takes on
 * the way out: as given, URL-encoded (form style with {@code +} for space, fully {@code %20}-escaped, and the way a
 * request URL's query, path or user info carries it), JSON-escaped,
 * XML-escaped and base64-encoded. A secret embedded in a larger encoded token (base64 of {@code user:pass} in a
 * Basic auth header) is not recognised. Values shorter than {@value #MIN_LENGTH} characters are not masked: masking
 * "1" or "on" would blank out unrelated text everywhere. Longer forms are replaced first, so a secret that contains
 * another is masked whole.
 */
public final class SecretMasker implements UnaryOperator<String> {
    public static final String MASK = "***";
    public static final int MIN_LENGTH = 4;
    public static final SecretMasker NONE = new SecretMasker(List.of());

    private static final List<String> URL_SETS = List.of(" \"#'<>", " \"<>`#?{}", " \"<>`#?{}/:;=@[\\]^|");

    private final List<String> forms;

    private SecretMasker(List<String> forms) {
        this.forms = forms;
    }

    public static SecretMasker of(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.length() < MIN_LENGTH) continue;
            forms.add(secret);
            String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            forms.add(form);
            forms.add(form.replace("+", "%20"));
            // as a request URL carries it: WHATWG query, path and userinfo percent-encode sets
            for (String set : URL_SETS) forms.add(UrlEncoder.encode(secret, set));
            forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
            forms.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;"));
            forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMasker(List.copyOf(sorted));
    }

    public boolean masksNothing() {
        return forms.isEmpty();
    }

    /**
     * A body as bytes (the json report writes response bodies as byte arrays): masked when it is UTF-8 text, as is
     * otherwise, so binary bodies stay intact.
     */
    public byte[] applyToText(byte[] body) {
        if (forms.isEmpty()) return body;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            String masked = apply(text);
            return masked.equals(text) ? body : masked.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return body;
        }
    }

    @Override
    public String apply(String text) {
        if (text == null || forms.isEmpty()) return text;
        String masked = text;
        for (String form : forms) {
            if (masked.contains(form)) masked = masked.replace(form, MASK);
        }
        return masked;
    }
}
