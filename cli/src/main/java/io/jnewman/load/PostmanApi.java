package io.jnewman.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postman API sources, as Newman resolves them: a Postman UID (with --postman-api-key, when no file of that name
 * exists) becomes https://api.postman.com/{collections|environments}/UID, and for api.postman.com /
 * api.getpostman.com URLs an {@code apikey} query parameter moves into the X-Api-Key header.
 */
public final class PostmanApi {
    private static final Pattern UID = Pattern.compile("^[0-9A-Z]+-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern API_HOST = Pattern.compile("^https?://api\\.(get)?postman\\.com/.*");
    private static final Pattern API_KEY_PARAM = Pattern.compile("([?&])apikey=([^&#]*)&?");

    /** Where to read from and which headers to send. */
    public record Source(String location, Map<String, String> headers) {
    }

    private PostmanApi() {
    }

    /** @param kind "collections" or "environments" */
    public static Source resolve(String location, String kind, String apiKey) {
        if (apiKey != null && UID.matcher(location).matches() && !Files.exists(Path.of(location))) {
            return new Source("https://api.postman.com/" + kind + "/" + location, Map.of("X-Api-Key", apiKey));
        }
        if (API_HOST.matcher(location).matches()) {
            var m = API_KEY_PARAM.matcher(location);
            if (m.find()) {
                String stripped = (location.substring(0, m.start()) + m.group(1) + location.substring(m.end()))
                        .replaceAll("[?&]$", "");
                return new Source(stripped, Map.of("X-Api-Key", m.group(2)));
            }
        }
        return new Source(location, Map.of());
    }
}
