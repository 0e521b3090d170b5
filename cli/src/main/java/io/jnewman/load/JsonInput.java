package io.jnewman.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Parses JSON inputs leniently (comments, trailing commas, like liquid-json) and turns syntax errors into one-line
 * messages naming the file, line and column.
 */
public final class JsonInput {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private JsonInput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @param what "collection", "environment" … for the message */
    public static JsonNode parse(String text, String location, String what) {
        try {
            JsonNode node = MAPPER.readTree(text.strip());
            if (node == null || node.isMissingNode()) {
                throw new LoadException(what + " could not be loaded: \"" + location + "\" is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new LoadException(what + " could not be loaded: \"" + location + "\" is not valid JSON" + where
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    static {
        MAPPER.getFactory().enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    }
}
