package io.jnewman.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A request body in one of the collection's modes: raw, urlencoded, formdata, file, graphql.
 * {@code options} keeps the collection's "options" object as is (e.g. options.raw.language).
 */
public record Body(String mode, String raw, List<KeyValue> urlencoded, List<FormParam> formdata,
                   String fileSrc, String fileContent, String graphqlQuery, String graphqlVariables,
                   JsonNode options, boolean disabled) {

    public Body {
        urlencoded = urlencoded == null ? List.of() : List.copyOf(urlencoded);
        formdata = formdata == null ? List.of() : List.copyOf(formdata);
    }

    public static Body raw(String text) {
        return new Body("raw", text, null, null, null, null, null, null, null, false);
    }

    /** The language of a raw body ("json", "xml", "text" …) from options.raw.language, or null. */
    public String rawLanguage() {
        if (options == null) return null;
        JsonNode lang = options.path("raw").path("language");
        return lang.isTextual() ? lang.asText() : null;
    }

    public Body withFormdata(List<FormParam> params) {
        return new Body(mode, raw, urlencoded, params, fileSrc, fileContent, graphqlQuery, graphqlVariables, options,
                disabled);
    }

    public Body mapStrings(UnaryOperator<String> f) {
        List<FormParam> form = formdata.stream().map(p -> new FormParam(f.apply(p.key()), f.apply(p.value()), p.type(),
                p.src().stream().map(f).toList(), p.srcArray(), f.apply(p.contentType()), p.disabled(), p.description())).toList();
        return new Body(mode, f.apply(raw), KeyValues.map(urlencoded, f), form, f.apply(fileSrc), fileContent,
                f.apply(graphqlQuery), f.apply(graphqlVariables), options, disabled);
    }
}
