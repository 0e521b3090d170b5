package io.jnewman.run;

import io.jnewman.model.Variable;
import io.jnewman.resolve.VariableScope;

import java.util.List;

/**
 * The variables of every scope at one moment (globals, environment, collection, iteration data, locals), deep
 * copies, so a retried item starts from what its first attempt saw. Cookies are not part of it.
 */
record ScopeSnapshot(List<Variable> globals, List<Variable> environment, List<Variable> collection,
                     List<Variable> data, List<Variable> local) {
    static ScopeSnapshot of(RunScopes scopes) {
        return new ScopeSnapshot(copy(scopes.globals()), copy(scopes.environment()), copy(scopes.collection()),
                copy(scopes.data()), copy(scopes.local()));
    }

    /** Puts the snapshot back (each scope object stays the same, only its content is replaced). */
    void restore(RunScopes scopes) {
        scopes.globals().replaceAll(copy(globals));
        scopes.environment().replaceAll(copy(environment));
        scopes.collection().replaceAll(copy(collection));
        scopes.data().replaceAll(copy(data));
        scopes.local().replaceAll(copy(local));
    }

    private static List<Variable> copy(VariableScope scope) {
        return copy(scope.variables());
    }

    /** Values may be objects or arrays that a script changes in place: each restore hands out fresh copies. */
    private static List<Variable> copy(List<Variable> variables) {
        return variables.stream().map(v -> v.withValue(v.value().deepCopy())).toList();
    }
}
