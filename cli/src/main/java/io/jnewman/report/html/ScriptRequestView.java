package io.jnewman.report.html;

/** A request sent by pm.sendRequest from one of the item's scripts, listed without its bodies. */
public record ScriptRequestView(String method, String url, String status, String time) {
}
