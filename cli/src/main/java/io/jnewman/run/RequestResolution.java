package io.jnewman.run;

import io.jnewman.model.Auth;
import io.jnewman.model.Item;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import io.jnewman.resolve.VariableResolver;

/**
 * Resolves {{variables}} in a request right before it is sent. The URL is turned into a string, resolved and parsed
 * again (so a variable may hold "host:port/path"), path variables are resolved in place, and headers, body and auth
 * are resolved string by string.
 */
final class RequestResolution {
    private RequestResolution() {
    }

    static Request resolve(Request request, VariableResolver resolver) {
        Url url = request.url();
        Url reparsed = Url.parse(resolver.resolve(url.toString()));
        Url resolvedUrl = reparsed.withVariable(io.jnewman.model.KeyValues.map(url.variable(), resolver::resolve));
        Request rest = request.withUrl(Url.parse("")).mapStrings(resolver::resolve);
        return rest.withUrl(resolvedUrl);
    }

    /**
     * The auth in effect for a (possibly script-mutated) request: its own when it names a type, otherwise the
     * nearest folder's or the collection's; resolved against the variables.
     */
    static Auth effectiveAuth(Item item, Request current, VariableResolver resolver) {
        Auth own = current.auth();
        Auth auth = own != null && own.type() != null ? own : inherited(item);
        return auth == null ? null : auth.mapStrings(resolver::resolve);
    }

    private static Auth inherited(Item item) {
        for (Item p = item.parent(); p != null; p = p.parent()) {
            if (p.auth() != null && p.auth().type() != null) return p.auth();
        }
        return item.collection() == null ? null : item.collection().auth();
    }
}
