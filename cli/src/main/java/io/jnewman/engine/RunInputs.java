package io.jnewman.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jnewman.load.VariablesFile;
import io.jnewman.resolve.VariableScope;
import org.junit.platform.engine.ConfigurationParameters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's run inputs from configuration parameters: {@code jnewman.environment} (an environment file, as
 * {@code -e}) and {@code jnewman.envVar.NAME=value} (as {@code --env-var NAME=value}, applied after the file).
 */
record RunInputs(String environmentFile, Map<String, String> envVars) {
    static final String ENVIRONMENT = "jnewman.environment";
    static final String ENV_VAR_PREFIX = "jnewman.envVar.";

    static RunInputs from(ConfigurationParameters parameters) {
        Map<String, String> envVars = new TreeMap<>();
        for (String key : parameters.keySet()) {
            if (key.startsWith(ENV_VAR_PREFIX) && key.length() > ENV_VAR_PREFIX.length()) {
                parameters.get(key).ifPresent(v -> envVars.put(key.substring(ENV_VAR_PREFIX.length()), v));
            }
        }
        return new RunInputs(parameters.get(ENVIRONMENT).orElse(null), envVars);
    }

    /** A fresh environment for one collection run, so runs do not see each other's pm.environment.set. */
    VariableScope environment() {
        VariableScope scope;
        if (environmentFile == null) {
            scope = new VariableScope("environment", null, null, List.of());
        } else {
            VariablesFile file = VariablesFile.load(environmentFile, "environment");
            scope = new VariableScope("environment", file.id(), file.name(), file.values());
        }
        envVars.forEach((k, v) -> scope.set(k, JsonNodeFactory.instance.textNode(v)));
        return scope;
    }
}
