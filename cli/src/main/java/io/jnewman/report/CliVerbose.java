package io.jnewman.report;

import io.jnewman.http.StatusReasons;
import io.jnewman.http.Exchange;
import io.jnewman.http.HttpResponse;
import io.jnewman.load.RequestJson;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The cli reporter's --verbose request block: the line {@code 200 OK ★ 25ms time ★ 318B↑ 554B↓ size ★ 7↑ 6↓ headers
 * ★ 0 cookies} and the request and response bodies in boxes, clipped at 2 kB. Newman's timing-phase table is left
 * out: the HTTP layer does not measure the phases.
 */
final class CliVerbose {
    private static final int BODY_CLIP = 2048;
    private static final int WRAP_WIDTH = 60 - 6;

    private final Ansi ansi;
    private final CliSymbols symbols;

    private final SecretMasker masker;

    CliVerbose(Ansi ansi, CliSymbols symbols, SecretMasker masker) {
        this.ansi = ansi;
        this.symbols = symbols;
        this.masker = masker;
    }

    /** The text printed after the request line's method and URL. */
    String block(Exchange exchange) {
        Request req = exchange.request().request();
        HttpResponse res = exchange.response();
        String star = " " + ansi.gray(symbols.star()) + " ";
        StringBuilder sb = new StringBuilder(" \n");
        sb.append("  ").append(res.code()).append(' ').append(StatusReasons.reason(res.code(), res.status()))
                .append(star).append(PrettyMs.format(res.responseTime())).append(' ').append(ansi.gray("time"))
                .append(star).append(FileSize.format(requestSize(req))).append(ansi.gray(symbols.up())).append(' ')
                .append(FileSize.format(ResponseSize.total(res))).append(ansi.gray(symbols.down())).append(' ')
                .append(ansi.gray("size"))
                .append(star).append(enabled(req)).append(ansi.gray(symbols.up())).append(' ')
                .append(res.headers().size()).append(ansi.gray(symbols.down())).append(' ').append(ansi.gray("headers"))
                .append(star).append(res.cookies().size()).append(' ').append(ansi.gray("cookies")).append('\n');
        String requestBody = requestBody(req);
        if (!requestBody.isEmpty()) {
            int length = requestBody.getBytes(StandardCharsets.UTF_8).length;
            sb.append("  ").append(ansi.white(symbols.consoleTop())).append(' ').append(ansi.white(symbols.up()))
                    .append(' ').append(req.body().mode()).append(star).append(FileSize.format(length)).append('\n');
            sb.append(box(requestBody, length)).append(ansi.white("  " + symbols.consoleBottom())).append(" \n");
        }
        String mime = String.join(star, mime(res));
        if (res.body().length == 0) {
            sb.append("  ").append(symbols.down()).append(' ').append(mime).append('\n');
            return sb.toString();
        }
        sb.append("  ").append(ansi.white(symbols.consoleTop())).append(' ').append(ansi.white(symbols.down()))
                .append(' ').append(mime).append(star).append(FileSize.format(res.body().length)).append('\n');
        sb.append(box(res.text(), res.body().length)).append(ansi.white("  " + symbols.consoleBottom())).append("\n\n");
        return sb.toString();
    }

    private String box(String text, int length) {
        // masked before wrapping, which may cut a secret across lines
        String shown = masker.apply(text);
        if (length > BODY_CLIP) {
            shown = text.substring(0, Math.min(text.length(), BODY_CLIP)) + ansi.white("\n(showing "
                    + FileSize.format(BODY_CLIP) + "/" + FileSize.format(length) + ")");
        }
        String wrapped = WordWrap.wrap(shown, WRAP_WIDTH, "  " + ansi.white(symbols.consoleMiddle()) + " ");
        return ansi.gray(wrapped.replaceAll("\n\\s*\n", "\n") + "\n");
    }

    private static long enabled(Request req) {
        return req.headers().stream().filter(h -> !h.disabled()).count();
    }

    private static String requestBody(Request req) {
        if (req.body() == null || req.body().disabled() || req.body().mode() == null) return "";
        return switch (req.body().mode()) {
            case "raw" -> req.body().raw() == null ? "" : req.body().raw();
            case "urlencoded" -> {
                StringBuilder sb = new StringBuilder();
                for (KeyValue kv : req.body().urlencoded()) {
                    if (kv.disabled()) continue;
                    if (!sb.isEmpty()) sb.append('&');
                    sb.append(kv.key()).append('=').append(kv.value() == null ? "" : kv.value());
                }
                yield sb.toString();
            }
            case "graphql" -> RequestJson.bodyToJson(req.body()).path("graphql").toString();
            default -> "";
        };
    }

    /** postman-collection's {@code Request.size().total}: body plus the request line and header lines. */
    static long requestSize(Request req) {
        String target = req.url().pathString().isEmpty() ? "/" : req.url().pathString();
        String query = req.url().queryString();
        if (!query.isEmpty()) target += "?" + query;
        long size = (req.method() + " " + target + " HTTP/X.X\r\n\r\n").length();
        for (KeyValue h : req.headers()) {
            if (!h.disabled()) size += (h.key() + ": " + (h.value() == null ? "" : h.value()) + "\r\n").length();
        }
        String declared = req.header("Content-Length");
        if (declared != null && declared.trim().matches("\\d+")) return size + Long.parseLong(declared.trim());
        return size + requestBody(req).getBytes(StandardCharsets.UTF_8).length;
    }

    /** content type ★ mime type ★ format ★ charset, as postman-collection's contentInfo names them. */
    static String[] mime(HttpResponse res) {
        String header = res.header("Content-Type");
        String type = header == null ? "text/plain" : header.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String main = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
        String format;
        if (type.contains("json")) format = "json";
        else if (type.contains("xml")) format = "xml";
        else if (type.contains("html")) format = "html";
        else if (type.contains("javascript")) format = "script";
        else if (main.equals("text")) format = "plain";
        else format = type.contains("/") ? type.substring(type.indexOf('/') + 1) : "raw";
        String mimeType = switch (main) {
            case "image", "audio", "video" -> main;
            case "text" -> "text";
            default -> format.equals("json") || format.equals("xml") || format.equals("html") || format.equals("script")
                    ? "text" : "embed";
        };
        String charset = res.charset().name().toLowerCase(Locale.ROOT).replace("-", "");
        return new String[]{header == null ? type : header.split(";")[0].trim(), mimeType, format, charset};
    }
}
