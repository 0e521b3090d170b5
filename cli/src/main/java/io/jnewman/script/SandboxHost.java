package io.jnewman.script;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The only Java object scripts' glue can reach: every method a script can trigger is listed here, exported one by one
 * (the context allows nothing else of the host). Calls about the running script go to the current
 * {@link ScriptExecution}; values cross as strings (JSON) or primitives.
 */
public final class SandboxHost {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PACKAGE_NAME = "[A-Za-z0-9@][A-Za-z0-9._@/-]{0,200}";

    private final Function<String, Value> libraries;
    private volatile SandboxOptions options;
    private ScriptExecution current;

    SandboxHost(Function<String, Value> libraries, SandboxOptions options) {
        this.libraries = libraries;
        this.options = options;
    }

    /** A context started before the command line was read gets the run's options before its first script. */
    void options(SandboxOptions options) {
        this.options = options;
    }

    void attach(ScriptExecution execution) {
        this.current = execution;
    }

    String currentMeta() {
        return run().meta();
    }

    private ScriptExecution run() {
        if (current == null) throw new IllegalStateException("no script is running");
        return current;
    }

    // ---- run-wide services ----

    @HostAccess.Export
    public Value library(String name) {
        Value factory = libraries.apply(name);
        if (factory == null) throw new IllegalArgumentException("Cannot find module '" + name + "'");
        return factory;
    }

    /** The names in {@code candidates} (comma separated) that the source uses as free identifiers, comma separated. */
    @HostAccess.Export
    public String mentionedNames(String source, String candidates) {
        return FreeNames.mentioned(source, new java.util.LinkedHashSet<>(java.util.Arrays.asList(candidates.split(","))));
    }

    /** The source with its literals lifted ({@link LiteralTemplate#toJson()}), or null to compile it as it is. */
    @HostAccess.Export
    public String literalTemplate(String source) {
        LiteralTemplate template = LiteralTemplate.of(source);
        return template == null ? null : template.toJson();
    }

    /** The parameter names of a template's {@code count} lifted literals, comma separated. */
    @HostAccess.Export
    public String literalNames(int count) {
        return LiteralTemplate.names(count);
    }

    /** Text quoting the template of {@code source} (an error message, a function's source) with its literals back. */
    @HostAccess.Export
    public String restoreLiterals(String source, String quoted) {
        LiteralTemplate template = LiteralTemplate.of(source);
        return template == null ? quoted : template.restore(quoted);
    }

    @HostAccess.Export
    public String randomHex(int bytes) {
        byte[] b = new byte[Math.max(0, Math.min(bytes, 65536))];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Whether the run offers pm.vault (read by the sandbox per script, not by scripts). */
    public boolean vaultEnabled() {
        return options.vault() != null;
    }

    @HostAccess.Export
    public String vaultGet(String key) {
        String value = options.vault() == null ? null : options.vault().get(key);
        return value == null ? null : Json.quote(value);
    }

    /** Whether the run offers require() of its packages folder (read by the sandbox per script, not by scripts). */
    public boolean packagesEnabled() {
        return options.packagesDir() != null;
    }

    /** Source of a package script: {@code name.js} or {@code name/index.js} inside the packages folder, never outside. */
    @HostAccess.Export
    public String packageSource(String name) {
        if (options.packagesDir() == null) return null;
        String bare = name.startsWith("npm:") ? name.substring(4) : name;
        int version = bare.lastIndexOf('@');
        if (version > 0) bare = bare.substring(0, version);
        if (!bare.matches(PACKAGE_NAME) || bare.contains("..")) return null;
        Path root = options.packagesDir().toAbsolutePath().normalize();
        for (Path candidate : List.of(root.resolve(bare + ".js"), root.resolve(bare).resolve("index.js"))) {
            Path file = candidate.normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    // ---- the running script ----

    @HostAccess.Export
    public void console(String level, Value messages) {
        List<String> out = new ArrayList<>();
        if (messages != null && messages.hasArrayElements()) {
            for (long i = 0; i < messages.getArraySize(); i++) out.add(messages.getArrayElement(i).asString());
        }
        run().console(level, out);
    }

    @HostAccess.Export
    public void assertion(String name, int index, boolean skipped, String errorName, String errorMessage, String stack) {
        run().assertion(name, index, skipped, errorName, errorMessage, stack);
    }

    @HostAccess.Export
    public void scriptError(String name, String message, String stack) {
        run().error(new ScriptError(name, message, stack));
    }

    @HostAccess.Export
    public void setNextRequest(String target) {
        run().setNextRequest(target);
    }

    @HostAccess.Export
    public void skipRequest() {
        run().skipRequest();
    }

    @HostAccess.Export
    public String scopeGet(String scope, String key) {
        return run().variables().get(scope, key);
    }

    @HostAccess.Export
    public boolean scopeHas(String scope, String key) {
        return run().variables().has(scope, key);
    }

    @HostAccess.Export
    public void scopeSet(String scope, String key, String json) {
        run().variables().set(scope, key, json);
    }

    @HostAccess.Export
    public void scopeUnset(String scope, String key) {
        run().variables().unset(scope, key);
    }

    @HostAccess.Export
    public void scopeClear(String scope) {
        run().variables().clear(scope);
    }

    @HostAccess.Export
    public String scopeObject(String scope) {
        return run().variables().toObject(scope);
    }

    @HostAccess.Export
    public String scopeName(String scope) {
        return run().variables().name(scope);
    }

    @HostAccess.Export
    public String replaceIn(String scope, String template) {
        return run().variables().replaceIn(scope, template);
    }

    @HostAccess.Export
    public String sendRequest(String requestJson) {
        return run().sendRequest(requestJson);
    }

    @HostAccess.Export
    public String jarGet(String url, String name) {
        return run().cookies().get(url, name);
    }

    @HostAccess.Export
    public String jarGetAll(String url) {
        return run().cookies().getAll(url);
    }

    @HostAccess.Export
    public String jarSet(String url, String cookieJson) {
        return run().cookies().set(url, cookieJson);
    }

    @HostAccess.Export
    public void jarUnset(String url, String name) {
        run().cookies().unset(url, name);
    }

    @HostAccess.Export
    public void jarClear(String url) {
        run().cookies().clear(url);
    }
}
