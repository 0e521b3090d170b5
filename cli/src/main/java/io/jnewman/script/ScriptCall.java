package io.jnewman.script;

import io.jnewman.http.Exchange;
import io.jnewman.model.Item;
import io.jnewman.model.Request;
import io.jnewman.model.Script;

/**
 * Everything one script execution sees.
 *
 * @param eventName  "prerequest" or "test" (pm.info.eventName)
 * @param script     the script to run
 * @param item       the request item being run (pm.info.requestName/requestId, pm.execution.location)
 * @param request    pm.request: in prerequest the item's current (unresolved, possibly already mutated by an earlier
 *                   script) request; in test the request as sent
 * @param exchange   test only: the response or the request error; null in prerequest
 * @param scopes     the run's variable scopes; pm.* setters change them in place
 * @param info       iteration numbers for pm.info and the legacy globals
 * @param timeoutMillis --timeout-script (0 = the sandbox's own guard only)
 * @param services   pm.sendRequest and the cookie jar
 */
public record ScriptCall(String eventName, Script script, Item item, Request request, Exchange exchange,
                         ScriptScopes scopes, ScriptInfo info, long timeoutMillis, ScriptServices services) {
}
