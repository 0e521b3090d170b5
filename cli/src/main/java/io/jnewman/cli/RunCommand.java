package io.jnewman.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import io.jnewman.report.ReporterOptionsParser;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code jnewman run <collection> [options]}: newman 6.2.2's run options, plus a few opt-in additions. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Initiate a Postman collection run from a given file or URL.",
        sortOptions = false, usageHelpWidth = 110)
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<collection>", description = "Collection file path or http(s) URL.")
    String collection;

    // ---- several collections and sharding (beyond newman) ----

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "<more collections>",
            description = "Further collections (files, URLs or directories of collection files) run in the same run, "
                    + "one after another, with one merged report per reporter.")
    List<String> moreCollections = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "<i/n>", converter = Converters.ShardSpec.class,
            description = "Run only shard i of n: the top-level folders and requests of all collections, "
                    + "balanced by request count (e.g. --shard 2/4).")
    io.jnewman.run.Shard shard;

    // ---- end of several collections and sharding ----

    @Option(names = {"-e", "--environment"}, paramLabel = "<path>", description = "Environment file path or URL.")
    String environment;

    @Option(names = {"-g", "--globals"}, paramLabel = "<path>", description = "Globals file path or URL.")
    String globals;

    @Option(names = {"-r", "--reporters"}, paramLabel = "<list>", split = ",",
            description = "Comma separated reporters: cli, json, junit (default: cli).")
    List<String> reporters = new ArrayList<>(List.of("cli"));

    @Option(names = {"-n", "--iteration-count"}, paramLabel = "<n>", converter = Converters.PositiveInt.class,
            description = "Number of iterations to run.")
    Integer iterationCount;

    @Option(names = {"-d", "--iteration-data"}, paramLabel = "<path>", description = "Data file (JSON or CSV) for iterations.")
    String iterationData;

    @Option(names = "--folder", paramLabel = "<name>", description = "Run only this folder or request (repeatable).")
    List<String> folders = new ArrayList<>();

    @Option(names = "--global-var", paramLabel = "<key=value>", description = "Set a global variable (repeatable).")
    List<String> globalVars = new ArrayList<>();

    @Option(names = "--env-var", paramLabel = "<key=value>", description = "Set an environment variable (repeatable).")
    List<String> envVars = new ArrayList<>();

    @Option(names = "--export-environment", paramLabel = "<path>", description = "Write the final environment here.")
    String exportEnvironment;

    @Option(names = "--export-globals", paramLabel = "<path>", description = "Write the final globals here.")
    String exportGlobals;

    @Option(names = "--export-collection", paramLabel = "<path>", description = "Write the collection as run here.")
    String exportCollection;

    @Option(names = "--export-cookie-jar", paramLabel = "<path>", description = "Write the final cookie jar here.")
    String exportCookieJar;

    @Option(names = "--cookie-jar", paramLabel = "<path>", description = "Cookie jar file (tough-cookie JSON) to start with.")
    String cookieJar;

    @Option(names = "--postman-api-key", paramLabel = "<key>", description = "API key for collections given by Postman UID.")
    String postmanApiKey;

    @Option(names = "--bail", arity = "0..1", paramLabel = "<modifiers>", fallbackValue = "failure", split = ",",
            converter = Converters.BailModifier.class,
            description = "Stop the run on the first failure; modifiers: folder, failure.")
    List<String> bail;

    @Option(names = "--ignore-redirects", description = "Do not follow 3xx redirects.")
    boolean ignoreRedirects;

    @Option(names = {"-x", "--suppress-exit-code"}, description = "Always exit 0.")
    boolean suppressExitCode;

    @Option(names = "--silent", description = "Print nothing to the console.")
    boolean silent;

    @Option(names = "--disable-unicode", description = "Use plain text symbols in the cli output.")
    boolean disableUnicode;

    @Option(names = "--color", paramLabel = "<on|off|auto>", converter = Converters.ColorMode.class,
            description = "Coloured cli output (default auto).")
    String color = "auto";

    @Option(names = "--delay-request", paramLabel = "<ms>", converter = Converters.NonNegativeLong.class,
            description = "Wait before every request (default 0).")
    long delayRequest;

    @Option(names = "--timeout", paramLabel = "<ms>", converter = Converters.NonNegativeLong.class,
            description = "Time limit for the whole run (default none).")
    long timeout;

    @Option(names = "--timeout-request", paramLabel = "<ms>", converter = Converters.NonNegativeLong.class,
            description = "Time limit per request (default none).")
    long timeoutRequest;

    @Option(names = "--timeout-script", paramLabel = "<ms>", converter = Converters.ScriptTimeout.class,
            description = "Time limit per script (default none).")
    long timeoutScript;

    @Option(names = "--working-dir", paramLabel = "<path>", description = "Base for relative file paths (default cwd).")
    File workingDir;

    @Option(names = "--no-insecure-file-read", negatable = false,
            description = "Refuse to read files outside the working directory.")
    boolean noInsecureFileRead;

    @Option(names = {"-k", "--insecure"}, description = "Do not verify TLS certificates.")
    boolean insecure;

    @Option(names = "--ssl-client-cert-list", paramLabel = "<path>", description = "Client certificates by URL (JSON).")
    String sslClientCertList;

    @Option(names = "--ssl-client-cert", paramLabel = "<path>", description = "Client certificate (PEM).")
    String sslClientCert;

    @Option(names = "--ssl-client-key", paramLabel = "<path>", description = "Client certificate private key.")
    String sslClientKey;

    @Option(names = "--ssl-client-passphrase", paramLabel = "<passphrase>", description = "Client key passphrase.")
    String sslClientPassphrase;

    @Option(names = "--ssl-extra-ca-certs", paramLabel = "<path>", description = "Extra trusted CA certificates (PEM).")
    String sslExtraCaCerts;

    @Option(names = "--verbose", description = "Show detailed request/response information (and stack traces of errors).")
    boolean verbose;

    // ---- beyond newman ----

    @Option(names = "--proxy", paramLabel = "<url>", description = "Proxy for all requests (http://user:pass@host:port or socks5://…).")
    String proxy;

    @Option(names = "--no-proxy", paramLabel = "<list>", description = "Hosts that bypass the proxy (comma separated).")
    String noProxy;

    @Option(names = "--protocol-version", paramLabel = "<auto|http1|http2>", converter = Converters.ProtocolVersion.class,
            description = "HTTP protocol version (default http1).")
    String protocolVersion = "http1";

    @Option(names = "--packages", paramLabel = "<dir>", description = "Folder of packages for pm.require.")
    File packages;

    @Option(names = "--parallel", paramLabel = "<n>", converter = Converters.PositiveInt.class,
            description = "Run iterations (or top-level folders) on n workers with isolated variables; "
                    + "reports keep the sequential order.")
    Integer parallel;

    @Option(names = "--owners", paramLabel = "<file>", description = "Owners file (CODEOWNERS-like) naming the team "
            + "of each collection, folder or request; default: an OWNERS file next to the collection.")
    File owners;

    @Option(names = "--exclude-folder", paramLabel = "<name>", description = "Skip this folder or request, by name or id (repeatable).")
    List<String> excludeFolders = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "<tag>", description = "Run only requests tagged @tag in their or a parent folder's description (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--exclude-tag", paramLabel = "<tag>", description = "Skip requests tagged @tag (repeatable).")
    List<String> excludeTags = new ArrayList<>();

    @Option(names = "--preserve-order", description = "Run --folder selections in the order given, not collection order.")
    boolean preserveOrder;

    @Option(names = "--delay-iteration", paramLabel = "<ms>", converter = Converters.NonNegativeLong.class,
            description = "Wait between iterations (default 0).")
    long delayIteration;

    @Option(names = "--mock", description = "Serve the collection's saved examples on a loopback port and point the "
            + "variable named by --mock-variable at it (runs offline).")
    boolean mock;

    @Option(names = "--mock-variable", paramLabel = "<name>", description = "Variable set to the mock's base URL (default baseUrl).")
    String mockVariable = "baseUrl";

    @Option(names = "--secret", paramLabel = "<name=value>", description = "Set an environment variable whose value "
            + "is shown as *** in every report, console line and export (repeatable).")
    List<String> secrets = new ArrayList<>();

    @Option(names = "--secret-env", paramLabel = "<name>", description = "Like --secret, with the value of the process "
            + "environment variable <name> (repeatable).")
    List<String> secretEnvs = new ArrayList<>();

    // ---- beyond newman: retries, progress line, detailed exit codes ----

    @Option(names = "--retry", paramLabel = "<n>", converter = Converters.NonNegativeInt.class,
            description = "Run a request whose request, scripts or assertions failed up to n more times, from the "
                    + "variables its first attempt saw; a pass on a retry is reported as flaky (default 0).")
    int retry;

    @Option(names = "--retry-delay", paramLabel = "<ms>", converter = Converters.NonNegativeLong.class,
            description = "Wait before each retry (default 1000).")
    long retryDelay = 1000;

    @Option(names = "--no-progress", negatable = false,
            description = "No progress line on stderr (it is shown only on an interactive terminal with the cli reporter).")
    boolean noProgress;

    @Option(names = "--detailed-exit-codes", description = "Exit 3 for failed assertions, 4 script errors, 5 request "
            + "errors, 6 a setNextRequest loop stopped, 7 bad input (the first of 7, 6, 5, 4, 3 that applies).")
    boolean detailedExitCodes;

    @Option(names = "--max-item-runs", paramLabel = "<n>", converter = Converters.PositiveInt.class,
            description = "Stop the run when setNextRequest runs one request more than n times in an iteration "
                    + "(default 1000 with --detailed-exit-codes, otherwise no limit).")
    Integer maxItemRuns;

    /** Whether stdout is an interactive terminal, and the clock of the progress line; replaced in tests. */
    java.util.function.BooleanSupplier interactive = Terminal::isInteractive;
    java.util.function.LongSupplier clock = System::currentTimeMillis;

    /** Reporter flags (--reporter-…) taken out of argv before parsing; filled by {@link Main}. */
    ReporterOptionsParser.Parsed reporterOptions = ReporterOptionsParser.parse(List.of(), List.of());
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() {
        return new RunInvocation(this, stdout, stderr).execute();
    }
}
