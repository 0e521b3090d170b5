package io.jnewman.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.model.Auth;
import io.jnewman.model.Body;
import io.jnewman.model.FormParam;
import io.jnewman.model.Description;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Url;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts requests between the model and Postman collection JSON (v2.1 shape on output; v2.0 and v2.1 and a bare URL
 * string on input). Scripts see pm.request in this shape and the JSON report echoes it.
 */
public final class RequestJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RequestJson() {
    }

    // ---- reading ----

    public static Request fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return new Request("GET", Url.parse(""), null, null, null, null);
        if (node.isTextual()) return new Request("GET", Url.parse(node.asText()), null, null, null, null);
        String method = text(node.get("method"));
        Url url = urlFromJson(node.get("url"));
        List<KeyValue> headers = keyValues(node.get("header"));
        Body body = bodyFromJson(node.get("body"));
        Auth auth = authFromJson(node.get("auth"));
        return new Request(method == null ? "GET" : method.toUpperCase(java.util.Locale.ROOT), url, headers, body, auth,
                requestDescription(node.get("description")));
    }

    public static Url urlFromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return Url.parse("");
        if (node.isTextual()) return Url.parse(node.asText());
        JsonNode host = node.get("host");
        JsonNode path = node.get("path");
        boolean hasParts = (host != null && !host.isNull()) || (path != null && !path.isNull());
        if (!hasParts) {
            // only raw given: parse it, keep path variables from the object
            Url parsed = Url.parse(text(node.get("raw")));
            JsonNode vars = node.get("variable");
            return vars == null ? parsed : parsed.withVariable(keyValues(vars));
        }
        List<String> hostParts = host == null || host.isNull() ? List.of()
                : host.isArray() ? strings(host) : List.of(host.asText().split("\\.", -1));
        List<String> pathParts;
        if (path == null || path.isNull()) {
            pathParts = List.of();
        } else if (path.isArray()) {
            pathParts = new ArrayList<>();
            for (JsonNode p : path) pathParts.add(p.isObject() ? text(p.get("value")) : p.asText());
        } else {
            String p = path.asText();
            pathParts = List.of((p.startsWith("/") ? p.substring(1) : p).split("/", -1));
        }
        JsonNode port = node.get("port");
        JsonNode query = node.get("query");
        String auth = null;
        JsonNode authNode = node.get("auth");
        if (authNode != null && authNode.isObject()) {
            String user = text(authNode.get("user"));
            String pass = text(authNode.get("password"));
            if (user != null) auth = pass == null ? user : user + ":" + pass;
        }
        return new Url(text(node.get("protocol")), auth, hostParts, port == null || port.isNull() ? null : port.asText(),
                pathParts, keyValues(query), keyValues(node.get("variable")), text(node.get("hash")));
    }

    public static Body bodyFromJson(JsonNode node) {
        if (node == null || !node.isObject()) return null;
        String mode = text(node.get("mode"));
        List<FormParam> form = new ArrayList<>();
        JsonNode formdata = node.get("formdata");
        if (formdata != null && formdata.isArray()) {
            for (JsonNode p : formdata) {
                List<String> src = new ArrayList<>();
                JsonNode s = p.get("src");
                if (s != null && s.isArray()) s.forEach(x -> src.add(x.asText()));
                else if (s != null && !s.isNull()) src.add(s.asText());
                form.add(new FormParam(text(p.get("key")), valueText(p.get("value")), text(p.get("type")), src,
                        s != null && s.isArray(),
                        text(p.get("contentType")), p.path("disabled").asBoolean(false), description(p.get("description"))));
            }
        }
        JsonNode file = node.get("file");
        JsonNode graphql = node.get("graphql");
        String gqlVariables = null;
        if (graphql != null && graphql.has("variables")) {
            JsonNode v = graphql.get("variables");
            gqlVariables = v.isTextual() ? v.asText() : v.isNull() ? null : v.toString();
        }
        return new Body(mode, valueText(node.get("raw")), keyValues(node.get("urlencoded")), form,
                file == null ? null : text(file.get("src")), file == null ? null : text(file.get("content")),
                graphql == null ? null : text(graphql.get("query")), gqlVariables,
                node.get("options"), node.path("disabled").asBoolean(false));
    }

    public static Auth authFromJson(JsonNode node) {
        if (node == null || !node.isObject()) return null;
        String type = text(node.get("type"));
        if (type == null) return null;
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = node.get(type);
        if (p != null && p.isArray()) {
            for (JsonNode kv : p) {
                String key = text(kv.get("key"));
                if (key != null) params.put(key, valueText(kv.get("value")));
            }
        } else if (p != null && p.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = p.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), valueText(e.getValue()));
            }
        }
        return new Auth(type, params);
    }

    static List<KeyValue> keyValues(JsonNode node) {
        List<KeyValue> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isTextual()) {
            // header given as a "Key: value\n" block (v1 style)
            for (String line : node.asText().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) out.add(KeyValue.of(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
            return out;
        }
        if (!node.isArray()) return out;
        for (JsonNode kv : node) {
            if (!kv.isObject()) continue;
            JsonNode value = kv.get("value");
            boolean disabled = kv.path("disabled").asBoolean(false);
            out.add(new KeyValue(text(kv.get("key")), value == null || value.isNull() ? null : valueText(value), disabled,
                    description(kv.get("description"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** A value that collections sometimes store as a number, boolean or object where a string is meant. */
    private static String valueText(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static String description(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isObject()) return text(n.get("content"));
        return n.asText();
    }

    private static Description requestDescription(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) return Description.text(n.asText());
        return new Description(text(n.get("content")), text(n.get("type")));
    }

    // ---- writing ----

    public static ObjectNode toJson(Request request) {
        return toJson(request, Set.of());
    }

    /** The request with {@code "system": true} on the headers named in systemHeaders (those the runtime added). */
    public static ObjectNode toJson(Request request, Set<String> systemHeaders) {
        ObjectNode out = JSON.objectNode();
        Description description = request.description();
        if (description != null) {
            // first, and as {content, type}, as Newman writes a request
            ObjectNode d = out.putObject("description");
            if (description.content() != null) d.put("content", description.content());
            d.put("type", description.type());
        }
        out.set("url", urlToJson(request.url()));
        ArrayNode headers = keyValuesToJson(request.headers());
        if (!systemHeaders.isEmpty()) {
            for (JsonNode h : headers) {
                String key = h.path("key").asText();
                if (systemHeaders.stream().anyMatch(key::equalsIgnoreCase)) ((ObjectNode) h).put("system", true);
            }
        }
        out.set("header", headers);
        out.put("method", request.method());
        if (request.body() != null) out.set("body", bodyToJson(request.body()));
        if (request.auth() != null) out.set("auth", authToJson(request.auth()));
        return out;
    }

    /** A URL as postman-collection writes it: credentials as {user, password} first, the hash after the path. */
    public static ObjectNode urlToJson(Url url) {
        ObjectNode out = JSON.objectNode();
        if (url.auth() != null) {
            ObjectNode auth = out.putObject("auth");
            int colon = url.auth().indexOf(':');
            auth.put("user", colon < 0 ? url.auth() : url.auth().substring(0, colon));
            if (colon >= 0) auth.put("password", url.auth().substring(colon + 1));
        }
        if (url.protocol() != null) out.put("protocol", url.protocol());
        if (url.port() != null) out.put("port", url.port());
        ArrayNode path = out.putArray("path");
        url.path().forEach(path::add);
        if (url.hash() != null) out.put("hash", url.hash());
        ArrayNode host = out.putArray("host");
        url.host().forEach(host::add);
        out.set("query", keyValuesToJson(url.query()));
        out.set("variable", keyValuesToJson(url.variable()));
        return out;
    }

    public static ArrayNode keyValuesToJson(List<KeyValue> list) {
        ArrayNode arr = JSON.arrayNode();
        for (KeyValue kv : list) {
            ObjectNode o = arr.addObject();
            o.put("key", kv.key());
            o.put("value", kv.value());
            if (kv.disabled()) o.put("disabled", true);
            if (kv.description() != null) o.put("description", kv.description());
        }
        return arr;
    }

    public static ObjectNode bodyToJson(Body body) {
        ObjectNode out = JSON.objectNode();
        if (body.mode() != null) out.put("mode", body.mode());
        switch (body.mode() == null ? "" : body.mode()) {
            case "raw" -> out.put("raw", body.raw());
            case "urlencoded" -> out.set("urlencoded", keyValuesToJson(body.urlencoded()));
            case "formdata" -> {
                ArrayNode arr = out.putArray("formdata");
                for (FormParam p : body.formdata()) {
                    ObjectNode o = arr.addObject();
                    o.put("key", p.key());
                    o.put("type", p.type());
                    if (p.isFile()) {
                        if (p.srcArray()) {
                            ArrayNode s = o.putArray("src");
                            p.src().forEach(s::add);
                        } else if (!p.src().isEmpty()) {
                            o.put("src", p.src().get(0));
                        }
                        if (p.value() != null) o.put("value", p.value());
                    } else {
                        o.put("value", p.value());
                    }
                    if (p.contentType() != null) o.put("contentType", p.contentType());
                    if (p.disabled()) o.put("disabled", true);
                }
            }
            case "file" -> {
                ObjectNode f = out.putObject("file");
                if (body.fileSrc() != null) f.put("src", body.fileSrc());
                if (body.fileContent() != null) f.put("content", body.fileContent());
            }
            case "graphql" -> {
                ObjectNode g = out.putObject("graphql");
                g.put("query", body.graphqlQuery());
                if (body.graphqlVariables() != null) g.put("variables", body.graphqlVariables());
            }
            default -> { }
        }
        if (body.options() != null) out.set("options", body.options());
        if (body.disabled()) out.put("disabled", true);
        return out;
    }

    public static ObjectNode authToJson(Auth auth) {
        ObjectNode out = JSON.objectNode();
        out.put("type", auth.type());
        if (!"noauth".equals(auth.type())) {
            ArrayNode params = out.putArray(auth.type());
            auth.params().forEach((k, v) -> {
                ObjectNode o = params.addObject();
                o.put("key", k);
                o.put("value", v);
                o.put("type", "string");
            });
        }
        return out;
    }
}
