package io.jnewman.report.html;

import io.jnewman.model.Body;
import io.jnewman.model.FormParam;
import io.jnewman.model.KeyValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body as text for the report, by mode: raw as is, urlencoded as {@code key=value&…}, form-data one
 * {@code key: value} line per part (files by their source path), file by its path, GraphQL as query then variables.
 */
final class RequestBodyText {
    private RequestBodyText() {
    }

    static BodyView format(Body body, String contentType, BodyFormatter formatter) {
        if (body == null || body.disabled() || body.mode() == null) return BodyView.none("No body.");
        String text = switch (body.mode()) {
            case "raw" -> body.raw();
            case "urlencoded" -> urlencoded(body.urlencoded());
            case "formdata" -> formdata(body.formdata());
            case "file" -> body.fileSrc() == null ? null : "<file: " + body.fileSrc() + ">";
            case "graphql" -> graphql(body);
            default -> null;
        };
        String type = contentType != null ? contentType : "raw".equals(body.mode()) ? languageType(body) : null;
        long bytes = text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
        return formatter.format(text, type, bytes, false);
    }

    private static String languageType(Body body) {
        return "json".equals(body.rawLanguage()) ? "application/json" : null;
    }

    private static String urlencoded(List<KeyValue> fields) {
        List<String> pairs = new ArrayList<>();
        for (KeyValue f : fields) {
            if (!f.disabled()) pairs.add(f.key() + "=" + (f.value() == null ? "" : f.value()));
        }
        return String.join("&", pairs);
    }

    private static String formdata(List<FormParam> parts) {
        StringBuilder sb = new StringBuilder();
        for (FormParam p : parts) {
            if (p.disabled()) continue;
            String value = p.isFile() ? (p.src().isEmpty() ? "<file>" : "<file: " + String.join(", ", p.src()) + ">") : p.value() == null ? "" : p.value();
            sb.append(p.key()).append(": ").append(value).append('\n');
        }
        return sb.toString();
    }

    private static String graphql(Body body) {
        String query = body.graphqlQuery() == null ? "" : body.graphqlQuery();
        String variables = body.graphqlVariables();
        return variables == null || variables.isBlank() ? query : query + "\n\nvariables:\n" + variables;
    }
}
