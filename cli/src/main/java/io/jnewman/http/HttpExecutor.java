package io.jnewman.http;

import io.jnewman.model.Auth;
import io.jnewman.model.Request;

import java.util.function.Consumer;

/**
 * Sends a resolved request: builds the wire request (body modes, system headers), signs it with {@code auth}
 * (already variable-resolved; may be null), follows redirects and auth replays (digest, NTLM) and returns the
 * exchange. Never throws for network, TLS or file problems: they become {@link RequestError}s; {@code warnings}
 * receives console warnings Newman prints (e.g. a form-data file that cannot be read).
 * One executor serves a whole run and shares its connection pool and cookie jar.
 */
public interface HttpExecutor extends AutoCloseable {
    Exchange execute(Request request, Auth auth, RequestOptions options, Consumer<String> warnings);


    /** The run's cookie jar, shared with scripts. */
    RunCookieJar cookies();

    @Override
    default void close() {
    }
}
