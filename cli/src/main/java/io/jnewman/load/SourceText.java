package io.jnewman.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads an input (collection, environment, globals, data, cookie jar) from a file or an http(s) URL and decodes it
 * as Newman does: a BOM decides the encoding (UTF-8, UTF-16LE/BE), UTF-16 without BOM is recognised by its zero
 * bytes, otherwise UTF-8, falling back to ISO-8859-1 for bytes that are not valid UTF-8.
 */
public final class SourceText {
    private SourceText() {
    }

    public static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** @param what what the input is for error messages ("collection", "environment" …) */
    public static String read(String location, String what) {
        return decode(readBytes(location, what));
    }

    /** Reads from the Postman API when the location is a UID or an API URL (see {@link PostmanApi}). */
    public static String read(PostmanApi.Source source, String what) {
        if (isUrl(source.location())) return decode(fetch(source.location(), what, source.headers()));
        return read(source.location(), what);
    }

    public static byte[] readBytes(String location, String what) {
        if (isUrl(location)) return fetch(location, what, java.util.Map.of());
        try {
            return Files.readAllBytes(Path.of(location));
        } catch (NoSuchFileException e) {
            throw new LoadException(what + " could not be loaded: unable to read data from file \"" + location
                    + "\": no such file");
        } catch (IOException | RuntimeException e) {
            throw new LoadException(what + " could not be loaded: unable to read data from file \"" + location
                    + "\": " + e.getMessage());
        }
    }

    private static byte[] fetch(String url, String what, java.util.Map<String, String> headers) {
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            headers.forEach(request::header);
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new LoadException(what + " could not be loaded: error fetching " + url
                        + ", the provided URL returned status code: " + response.statusCode());
            }
            return response.body();
        } catch (IOException | IllegalArgumentException e) {
            throw new LoadException(what + " could not be loaded: error fetching " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException(what + " could not be loaded: interrupted while fetching " + url);
        }
    }

    public static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return new String(b, StandardCharsets.UTF_16BE);
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
