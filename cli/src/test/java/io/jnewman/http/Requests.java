package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.jnewman.model.Body;
import io.jnewman.model.FormParam;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Url;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for the model requests and options the HTTP tests send. */
final class Requests {
    private Requests() {
    }

    static Request get(String url) {
        return new Request("GET", Url.parse(url), List.of(), null, null, null);
    }

    static Request request(String method, String url, Body body, KeyValue... headers) {
        return new Request(method, Url.parse(url), List.of(headers), body, null, null);
    }

    static Body raw(String text, String language) {
        JsonNode options = language == null ? null
                : new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().set("raw",
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("language", language));
        return new Body("raw", text, null, null, null, null, null, null, options, false);
    }

    static Body urlencoded(KeyValue... params) {
        return new Body("urlencoded", null, List.of(params), null, null, null, null, null, null, false);
    }

    static Body formdata(FormParam... params) {
        return new Body("formdata", null, null, List.of(params), null, null, null, null, null, false);
    }

    static Body file(String src) {
        return new Body("file", null, null, null, src, null, null, null, null, false);
    }

    static Body graphql(String query, String variables) {
        return new Body("graphql", null, null, null, null, null, query, variables, null, false);
    }

    static FormParam text(String key, String value) {
        return new FormParam(key, value, "text", null, false, null, false, null);
    }

    static FormParam fileParam(String key, String... src) {
        return new FormParam(key, null, "file", List.of(src), src.length > 1, null, false, null);
    }

    static RequestOptions options(Path workingDir, Object... ppbPairs) {
        Map<String, JsonNode> ppb = new LinkedHashMap<>();
        for (int i = 0; i < ppbPairs.length; i += 2) {
            Object v = ppbPairs[i + 1];
            ppb.put((String) ppbPairs[i], v instanceof JsonNode n ? n
                    : v instanceof Boolean b ? BooleanNode.valueOf(b)
                    : new com.fasterxml.jackson.databind.node.IntNode((Integer) v));
        }
        return new RequestOptions(ppb, 0, workingDir, true);
    }

    static RequestOptions ppb(Object... pairs) {
        return options(Path.of("").toAbsolutePath(), pairs);
    }

    /** Collects console warnings. */
    static final class Warnings implements java.util.function.Consumer<String> {
        final List<String> list = new ArrayList<>();

        @Override
        public void accept(String s) {
            list.add(s);
        }
    }
}
