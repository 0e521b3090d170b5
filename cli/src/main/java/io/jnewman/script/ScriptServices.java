package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.http.RunCookieJar;
import io.jnewman.model.Request;

/** What a script may reach outside itself: pm.sendRequest (through the runner, so it is reported) and the jar. */
public interface ScriptServices {
    /** Sends a request for pm.sendRequest; the runner publishes it as a request event. Never throws. */
    Exchange sendRequest(Request request);

    RunCookieJar cookieJar();
}
