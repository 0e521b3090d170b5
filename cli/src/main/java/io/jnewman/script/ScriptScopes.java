package io.jnewman.script;

import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;

/**
 * The scopes a script reads and writes: pm.globals, pm.environment, pm.collectionVariables, pm.iterationData and
 * the run's local variables (pm.variables.set). {@code resolver} walks them in Newman's precedence for
 * pm.variables.get and replaceIn.
 */
public record ScriptScopes(VariableScope globals, VariableScope environment, VariableScope collectionVariables,
                           VariableScope iterationData, VariableScope local, VariableResolver resolver) {
}
