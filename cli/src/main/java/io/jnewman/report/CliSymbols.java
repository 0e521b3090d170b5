package io.jnewman.report;

/** The cli reporter's symbols: Unicode by default, plain words with --disable-unicode ({@code cli-utils-symbols.js}). */
record CliSymbols(String consoleTop, String consoleMiddle, String consoleBottom, String dot, String folder,
                  String root, String sub, String ok, String star, String up, String down) {
    static final CliSymbols UNICODE = new CliSymbols("┌", "│", "└", ".", "❏", "→", "↳", "✓", "★", "↑", "↓");
    static final CliSymbols PLAIN = new CliSymbols("-", "|", "-", ".", "Folder", "Root", "Sub-folder", "Pass", "*",
            "^", "v");

    static CliSymbols of(boolean disableUnicode) {
        return disableUnicode ? PLAIN : UNICODE;
    }
}
