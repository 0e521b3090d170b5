package io.jnewman.run;

import io.jnewman.resolve.DynamicVariables;
import io.jnewman.resolve.VariableResolver;
import io.jnewman.resolve.VariableScope;
import io.jnewman.script.ScriptScopes;

import java.util.List;

/**
 * The variable scopes of one run. Local variables (pm.variables.set) live for the whole run, as in Newman; the data
 * scope is refilled for each iteration. The resolver walks them in Newman's precedence:
 * local > data > environment > collection > globals, then dynamic variables.
 */
public final class RunScopes {
    private final VariableScope globals;
    private final VariableScope environment;
    private final VariableScope collection;
    private final VariableScope data = VariableScope.empty("data");
    private final VariableScope local = VariableScope.empty("local");
    private final VariableResolver resolver;

    public RunScopes(VariableScope globals, VariableScope environment, VariableScope collection) {
        this.globals = globals;
        this.environment = environment;
        this.collection = collection;
        this.resolver = new VariableResolver(List.of(local, data, environment, collection, globals), new DynamicVariables());
    }

    public VariableScope globals() { return globals; }
    public VariableScope environment() { return environment; }
    public VariableScope collection() { return collection; }
    public VariableScope data() { return data; }
    public VariableScope local() { return local; }
    public VariableResolver resolver() { return resolver; }

    /** Fresh scopes for a parallel unit: copies of environment, globals and collection variables, empty locals. */
    RunScopes isolatedCopy() {
        return new RunScopes(globals.copy(), environment.copy(), collection.copy());
    }

    /** Takes over the final values of another unit's scopes (the last unit of a parallel run). */
    void adopt(RunScopes other) {
        globals.replaceAll(other.globals.variables());
        environment.replaceAll(other.environment.variables());
        collection.replaceAll(other.collection.variables());
    }

    public ScriptScopes forScripts() {
        return new ScriptScopes(globals, environment, collection, data, local, resolver);
    }
}
