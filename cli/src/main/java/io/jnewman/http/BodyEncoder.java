package io.jnewman.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnewman.model.Body;
import io.jnewman.model.FormParam;
import io.jnewman.model.KeyValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Encodes a request body per mode as postman-runtime's body builder and postman-request do: raw (Content-Type from
 * options.raw.language, JSON comments stripped), urlencoded (Node querystring), formdata (form-data multipart),
 * file (binary) and graphql. Body pruning for GET, COPY, HEAD, PURGE and UNLOCK happens here too.
 */
final class BodyEncoder {
    private static final Set<String> METHODS_WITHOUT_BODY = Set.of("get", "copy", "head", "purge", "unlock");
    private static final Map<String, String> LANGUAGE_TYPES = Map.of("html", "text/html", "text", "text/plain",
            "json", "application/json", "javascript", "application/javascript", "xml", "application/xml");
    private static final Pattern JSON_TYPE = Pattern.compile("^application/(\\S+\\+)?json", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecureFiles files;
    private final Consumer<String> warnings;

    BodyEncoder(SecureFiles files, Consumer<String> warnings) {
        this.files = files;
        this.warnings = warnings;
    }

    /**
     * @param userContentType the request's own enabled Content-Type header, or null
     */
    WireBody encode(String method, Body body, String userContentType, boolean disableBodyPruning) {
        if (body == null || body.disabled() || body.mode() == null || isEmpty(body)) return WireBody.NONE;
        if (METHODS_WITHOUT_BODY.contains(method.toLowerCase(Locale.ROOT)) && !disableBodyPruning) return WireBody.NONE;
        return switch (body.mode()) {
            case "raw" -> raw(body, userContentType);
            case "urlencoded" -> urlencoded(body.urlencoded());
            case "formdata" -> formdata(body.formdata());
            case "file" -> file(body);
            case "graphql" -> graphql(body);
            default -> WireBody.NONE;
        };
    }

    private static boolean isEmpty(Body body) {
        return switch (body.mode()) {
            case "raw" -> body.raw() == null || body.raw().isEmpty();
            case "urlencoded" -> body.urlencoded().stream().allMatch(KeyValue::disabled);
            case "formdata" -> body.formdata().stream().allMatch(FormParam::disabled);
            case "file" -> (body.fileSrc() == null || body.fileSrc().isEmpty())
                    && (body.fileContent() == null || body.fileContent().isEmpty());
            case "graphql" -> body.graphqlQuery() == null && body.graphqlVariables() == null;
            default -> true;
        };
    }

    private WireBody raw(Body body, String userContentType) {
        String language = body.rawLanguage();
        String text = body.raw();
        String effectiveType = userContentType;
        String systemType = null;
        if (userContentType == null) {
            systemType = LANGUAGE_TYPES.getOrDefault(language == null ? "text" : language, "text/plain");
            effectiveType = systemType;
        }
        boolean json = "json".equals(language) || (language == null && effectiveType != null
                && JSON_TYPE.matcher(effectiveType).find());
        if (json) text = JsonComments.strip(text);
        return new WireBody(text.getBytes(StandardCharsets.UTF_8), systemType);
    }

    /** Node's querystring.stringify over the object postman-request builds: repeated keys grouped, index keys first. */
    private static WireBody urlencoded(List<KeyValue> params) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (KeyValue p : params) {
            if (p.disabled()) continue;
            grouped.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.value() == null ? "" : p.value());
        }
        StringBuilder sb = new StringBuilder();
        for (String key : JsObjectOrder.keys(grouped.keySet())) {
            for (String value : grouped.get(key)) {
                if (!sb.isEmpty()) sb.append('&');
                sb.append(QueryStringEscape.escape(key)).append('=').append(QueryStringEscape.escape(value));
            }
        }
        return new WireBody(sb.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    private WireBody formdata(List<FormParam> params) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 24; i++) digits.append(RANDOM.nextInt(10));
        String boundary = "--------------------------" + digits;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FormParam p : params) {
            if (p.disabled()) continue;
            if (!p.isFile()) {
                part(out, boundary, p.key(), null, p.contentType(), p.value() == null ? new byte[0]
                        : p.value().getBytes(StandardCharsets.UTF_8));
            } else {
                fileParts(out, boundary, p);
            }
        }
        write(out, "--" + boundary + "--\r\n");
        return new WireBody(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private void fileParts(ByteArrayOutputStream out, String boundary, FormParam p) {
        if (p.src().isEmpty() && p.value() != null && !p.value().isEmpty()) {
            part(out, boundary, p.key(), "", p.contentType(), decodeBase64(p.value()));
            return;
        }
        if (p.src().isEmpty() || p.src().stream().allMatch(s -> s == null || s.isEmpty())) {
            // FormFileLoading has warned of the missing source; the runtime still sends the field, empty
            part(out, boundary, p.key(), "", p.contentType(), new byte[0]);
            return;
        }
        for (String src : p.src()) {
            try {
                byte[] content = files.read(src);
                String name = Path.of(src).getFileName().toString();
                String type = p.contentType() != null ? p.contentType() : MediaTypes.forFileName(name);
                part(out, boundary, p.key(), name, type, content);
            } catch (SecureFiles.FileLoadException e) {
                warnings.accept(FormFileLoading.loadError(p, e.getMessage()));
                // FormFileLoading checked the file; it went away since: send the field empty, as for no source
                part(out, boundary, p.key(), "", p.contentType(), new byte[0]);
            }
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName,
                             String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (fileName != null) head.append("; filename=\"").append(fileName).append('"');
        head.append("\r\n");
        if (contentType != null && !contentType.isEmpty()) head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("\r\n");
        write(out, head.toString());
        out.writeBytes(content);
        write(out, "\r\n");
    }

    private WireBody file(Body body) {
        if ((body.fileSrc() == null || body.fileSrc().isEmpty()) && body.fileContent() != null) {
            return new WireBody(decodeBase64(body.fileContent()), null);
        }
        try {
            return new WireBody(files.read(body.fileSrc()), null);
        } catch (SecureFiles.FileLoadException e) {
            warnings.accept("Binary file load error: " + e.getMessage());
            return WireBody.NONE;
        }
    }

    private static WireBody graphql(Body body) {
        List<String> fields = new ArrayList<>();
        try {
            if (body.graphqlQuery() != null) fields.add("\"query\":" + JSON.writeValueAsString(body.graphqlQuery()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String variables = body.graphqlVariables();
        if (variables != null && !variables.isEmpty()) fields.add("\"variables\":" + variables);
        String text = "{" + String.join(",", fields) + "}";
        return new WireBody(text.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static byte[] decodeBase64(String value) {
        try {
            return Base64.getMimeDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
