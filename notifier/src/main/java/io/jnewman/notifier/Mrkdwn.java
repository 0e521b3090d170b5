package io.jnewman.notifier;

/** Slack mrkdwn text helpers: the three characters Slack requires escaped, and length caps. */
final class Mrkdwn {

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut; newlines become spaces. */
    static String clip(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        return oneLine.substring(0, Math.max(0, max - 1)) + "…";
    }
}
