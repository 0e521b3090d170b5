package io.jnewman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.report.ScopeExport;
import io.jnewman.run.RunScopes;
import io.jnewman.run.RunSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The --export-* files, written once the run is done (also after a failed or aborted run). */
final class Exports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Exports() {
    }

    static void write(RunCommand cmd, RunSummary summary, RunScopes scopes, HttpExecutor http, Collection collection,
                      PrintStream err) {
        export(cmd.exportEnvironment, "newman-environment.json", err,
                p -> ScopeExport.write(scopes.environment(), "environment", p));
        export(cmd.exportGlobals, "newman-globals.json", err, p -> ScopeExport.write(scopes.globals(), "globals", p));
        export(cmd.exportCollection, "newman-collection.json", err, p -> MAPPER.writeValue(p.toFile(), collection.json()));
        export(cmd.exportCookieJar, "newman-cookie-jar.json", err,
                p -> Files.writeString(p, http.cookies().toToughCookieJson(), StandardCharsets.UTF_8));
    }

    private interface Writer {
        void write(Path path) throws IOException;
    }

    private static void export(String location, String defaultName, PrintStream err, Writer writer) {
        if (location == null) return;
        Path path = Path.of(location);
        if (Files.isDirectory(path)) path = path.resolve(defaultName);
        try {
            if (path.toAbsolutePath().getParent() != null) Files.createDirectories(path.toAbsolutePath().getParent());
            writer.write(path);
        } catch (IOException e) {
            err.println("error: could not write " + path + ": " + e.getMessage());
        }
    }
}
