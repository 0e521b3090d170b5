package io.jnewman.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's own stylesheet and script (resources beside this class), inlined so the file is self-contained, and a
 * Content-Security-Policy that allows exactly these two by hash and nothing from the network: opening the report
 * fetches nothing, and markup slipped into run data could not run a script even if escaping failed.
 */
public record PageAssets(String css, String script, String contentSecurityPolicy) {
    private static final PageAssets BUNDLED = load();

    public static PageAssets bundled() {
        return BUNDLED;
    }

    private static PageAssets load() {
        String css = resource("report.css");
        String script = resource("report.js");
        String csp = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(script)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        return new PageAssets(css, script, csp);
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing html report resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
