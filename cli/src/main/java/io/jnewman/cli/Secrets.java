package io.jnewman.cli;

import io.jnewman.load.LoadException;
import io.jnewman.model.Variable;
import io.jnewman.report.SecretMasker;
import io.jnewman.resolve.VariableScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's secrets: {@code --secret NAME=VALUE} and {@code --secret-env NAME} (the value of the process environment
 * variable NAME), set as environment variables, plus every environment or globals value of type "secret".
 *
 * @param named the --secret/--secret-env variables, by name
 */
record Secrets(Map<String, String> named) {
    static Secrets parse(List<String> pairs, List<String> envNames, Map<String, String> processEnv) {
        Map<String, String> named = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new LoadException("--secret expects NAME=VALUE, got \"" + pair.replaceAll("=.*", "=…") + "\"");
            named.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        for (String name : envNames) {
            String value = processEnv.get(name);
            if (value == null) throw new LoadException("--secret-env " + name + ": no such environment variable");
            named.put(name, value);
        }
        return new Secrets(Map.copyOf(named));
    }

    /** Puts the named secrets into the environment scope (after --env-var, so they win). */
    void applyTo(VariableScope environment) {
        named.forEach((k, v) -> environment.set(k, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(v)));
    }

    /** A masker for the named secrets and the "secret"-typed values the scopes start with. */
    SecretMasker masker(VariableScope... scopes) {
        List<String> values = new ArrayList<>(named.values());
        for (VariableScope scope : scopes) {
            for (Variable v : scope.variables()) {
                if (isSecretType(v) && v.value() != null && !v.value().isNull()) values.add(v.value().asText());
            }
        }
        return SecretMasker.of(values);
    }

    static boolean isSecretType(Variable v) {
        return "secret".equals(v.type());
    }
}
