package io.jnewman.cli;

import io.jnewman.http.HttpExecutor;
import io.jnewman.http.HttpSettings;
import io.jnewman.http.OkHttpExecutor;
import io.jnewman.run.RunListener;
import io.jnewman.script.GraalSandbox;
import io.jnewman.script.SandboxOptions;
import io.jnewman.script.ScriptSandbox;

import io.jnewman.load.SourceText;
import io.jnewman.owners.Owners;
import io.jnewman.report.ItemOwners;
import io.jnewman.report.ReportContext;
import io.jnewman.report.Reporters;
import io.jnewman.report.SecretMasker;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.nio.file.Path;
import java.util.List;

/** Builds the run's HTTP executor, script sandbox and reporters from the command line. */
final class Wiring {
    private Wiring() {
    }

    /** The run's HTTP executor; HTTP_PROXY/HTTPS_PROXY/NO_PROXY come from the process environment, as in Newman. */
    static HttpExecutor http(RunCommand cmd, Path workingDir) {
        return OkHttpExecutor.create(new HttpSettings(cmd.insecure, cmd.ignoreRedirects, path(cmd.sslClientCert),
                path(cmd.sslClientKey), cmd.sslClientPassphrase, path(cmd.sslClientCertList), path(cmd.sslExtraCaCerts),
                path(cmd.cookieJar), System.getenv(), cmd.proxy, cmd.noProxy, cmd.protocolVersion, workingDir,
                !cmd.noInsecureFileRead));
    }

    private static Path path(String location) {
        return location == null ? null : Path.of(location);
    }

    /** Prefix of the environment variables pm.vault reads: JNEWMAN_VAULT_token is pm.vault.get('token'). */
    static final String VAULT_PREFIX = "JNEWMAN_VAULT_";

    static ScriptSandbox sandbox(RunCommand cmd) {
        return new GraalSandbox(new SandboxOptions(cmd.packages == null ? null : cmd.packages.toPath(),
                vault(System.getenv()), SandboxOptions.DEFAULT_GUARD_MILLIS));
    }

    static java.util.Map<String, String> vault(java.util.Map<String, String> environment) {
        java.util.Map<String, String> vault = new java.util.TreeMap<>();
        environment.forEach((k, v) -> {
            if (k.startsWith(VAULT_PREFIX) && k.length() > VAULT_PREFIX.length()) vault.put(k.substring(VAULT_PREFIX.length()), v);
        });
        return vault;
    }

    /** The -r reporters with their --reporter-* options; unknown names only warn, as in Newman. */
    static List<RunListener> reporters(RunCommand cmd, PrintStream out, PrintStream err, Path workingDir,
                                       SecretMasker masker) {
        return reporters(cmd, out, err, workingDir, masker, cmd.collection, owners(cmd));
    }

    /** @param collectionSource the collection's path or URL (null for a run of several collections) */
    static List<RunListener> reporters(RunCommand cmd, PrintStream out, PrintStream err, Path workingDir,
                                       SecretMasker masker, String collectionSource, ItemOwners owners) {
        ReportContext context = new ReportContext(out, err, color(cmd.color), cmd.disableUnicode, cmd.verbose,
                cmd.silent, workingDir, Clock.systemUTC(), ReportContext.NEWMAN_VERSION, collectionSource, owners,
                masker);
        List<RunListener> reporters = new ArrayList<>();
        for (String name : new LinkedHashSet<>(cmd.reporters)) {
            Reporters.create(name.trim(), cmd.reporterOptions.forReporter(name.trim()), context).ifPresent(reporters::add);
        }
        return reporters;
    }

    /**
     * Owners from --owners, or from an OWNERS file next to a collection file; matched by the collection's file name
     * and the item's folder path.
     */
    static ItemOwners owners(RunCommand cmd) {
        return owners(cmd, cmd.collection);
    }

    /** The owners of the collection loaded from {@code source} (one collection of a run). */
    static ItemOwners owners(RunCommand cmd, String source) {
        Optional<Path> file = cmd.owners != null ? Optional.of(cmd.owners.toPath())
                : SourceText.isUrl(source) ? Optional.empty() : Owners.besideCollection(Path.of(source));
        if (file.isEmpty()) return ItemOwners.NONE;
        Owners owners = Owners.load(file.get());
        String collectionFile = SourceText.isUrl(source)
                ? source.replaceAll("[?#].*$", "").replaceAll(".*/", "")
                : Path.of(source).getFileName().toString();
        return item -> owners.ownerOf(collectionFile, item.path());
    }

    /** --color auto: colour only on an interactive terminal and never when NO_COLOR is set. */
    static boolean color(String mode) {
        return switch (mode) {
            case "on" -> true;
            case "off" -> false;
            default -> System.getenv("NO_COLOR") == null && Terminal.isInteractive();
        };
    }
}
