package io.jnewman.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed view of the merged protocolProfileBehavior keys that postman-runtime 7.39.1 honours, with Newman's defaults
 * (redirects followed unless --ignore-redirects, at most 10; strict TLS unless -k).
 */
record ProtocolProfile(boolean disableBodyPruning, boolean disableUrlEncoding, boolean disableCookies,
                       Set<String> disabledSystemHeaders, boolean followRedirects, boolean followOriginalHttpMethod,
                       boolean followAuthorizationHeader, int maxRedirects, boolean removeRefererHeaderOnRedirect,
                       boolean strictSsl, boolean insecureHttpParser, List<String> tlsDisabledProtocols,
                       List<String> tlsCipherSelection, String protocolVersion) {

    static ProtocolProfile of(Map<String, JsonNode> ppb, HttpSettings settings) {
        Set<String> disabled = new HashSet<>();
        JsonNode headers = ppb.get("disabledSystemHeaders");
        if (headers != null && headers.isObject()) {
            headers.fields().forEachRemaining(e -> {
                if (e.getValue().asBoolean(false)) disabled.add(e.getKey().toLowerCase(Locale.ROOT));
            });
        }
        int maxRedirects = 10;
        JsonNode max = ppb.get("maxRedirects");
        if (max != null && max.canConvertToInt() && max.asInt() >= 0) maxRedirects = max.asInt();
        return new ProtocolProfile(flag(ppb, "disableBodyPruning", false), flag(ppb, "disableUrlEncoding", false),
                flag(ppb, "disableCookies", false), disabled,
                flag(ppb, "followRedirects", !settings.ignoreRedirects()),
                flag(ppb, "followOriginalHttpMethod", false), flag(ppb, "followAuthorizationHeader", false),
                maxRedirects, flag(ppb, "removeRefererHeaderOnRedirect", false),
                flag(ppb, "strictSSL", !settings.insecure()), flag(ppb, "insecureHTTPParser", false),
                strings(ppb.get("tlsDisabledProtocols")), strings(ppb.get("tlsCipherSelection")),
                ppb.get("protocolVersion") != null && ppb.get("protocolVersion").isTextual()
                        ? ppb.get("protocolVersion").asText() : settings.protocolVersion());
    }

    private static boolean flag(Map<String, JsonNode> ppb, String key, boolean fallback) {
        JsonNode v = ppb.get(key);
        if (v == null || v.isNull()) return fallback;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isTextual()) return "true".equalsIgnoreCase(v.asText()) || (!"false".equalsIgnoreCase(v.asText()) && fallback);
        return fallback;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
