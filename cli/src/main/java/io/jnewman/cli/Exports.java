package io.jnewman.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnewman.http.HttpExecutor;
import io.jnewman.model.Collection;
import io.jnewman.model.Variable;
import io.jnewman.report.ScopeExport;
import io.jnewman.report.SecretMasker;
import io.jnewman.resolve.VariableScope;
import io.jnewman.run.RunScopes;
import io.jnewman.run.RunSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The --export-* files, written once the run is done (also after a failed or aborted run). Variables given by
 * --secret/--secret-env and "secret"-typed values are exported as {@code ***}; any other text of the files has
 * secret values masked too.
 */
final class Exports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Exports() {
    }

    static void write(RunCommand cmd, RunSummary summary, RunScopes scopes, HttpExecutor http, Collection collection,
                      PrintStream err, Secrets secrets, SecretMasker masker) {
        export(cmd.exportEnvironment, "newman-environment.json", err, masker,
                () -> scopeJson(scopes.environment(), "environment", secrets));
        export(cmd.exportGlobals, "newman-globals.json", err, masker, () -> scopeJson(scopes.globals(), "globals", secrets));
        export(cmd.exportCollection, "newman-collection.json", err, masker,
                () -> MAPPER.writeValueAsString(collection.json()));
        export(cmd.exportCookieJar, "newman-cookie-jar.json", err, masker, () -> http.cookies().toToughCookieJson());
    }

    private static String scopeJson(VariableScope scope, String scopeName, Secrets secrets) throws IOException {
        ObjectNode json = ScopeExport.toJson(scope, scopeName, Instant.now());
        ArrayNode values = (ArrayNode) json.get("values");
        List<Variable> variables = scope.variables();
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            boolean named = scopeName.equals("environment") && secrets.named().containsKey(v.key());
            if (named || Secrets.isSecretType(v)) ((ObjectNode) values.get(i)).put("value", SecretMasker.MASK);
        }
        return MAPPER.writeValueAsString(json);
    }

    private interface Content {
        String text() throws IOException;
    }

    private static void export(String location, String defaultName, PrintStream err, SecretMasker masker, Content content) {
        if (location == null) return;
        Path path = Path.of(location);
        if (Files.isDirectory(path)) path = path.resolve(defaultName);
        try {
            if (path.toAbsolutePath().getParent() != null) Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, masker.apply(content.text()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: could not write " + path + ": " + e.getMessage());
        }
    }
}
