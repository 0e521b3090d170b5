package io.jnewman.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the named subcommand is built for a run; help and the completion script still know every subcommand. */
class SubcommandsTest {
    @Test
    void helpListsEverySubcommand() {
        assertThat(output("--help")).contains("run ", "mock ", "monitor ", "generate-completion ");
    }

    @Test
    void theCompletionScriptCompletesEverySubcommand() {
        String script = output("generate-completion");
        assertThat(script).contains("function _picocli_jnewman_run()", "function _picocli_jnewman_mock()",
                "function _picocli_jnewman_monitor()");
    }

    @Test
    void aNamedSubcommandStillGetsItsOwnHelp() {
        assertThat(output("monitor", "--help")).startsWith("Usage: jnewman monitor");
        assertThat(output("run", "--help")).startsWith("Usage: jnewman run");
    }

    private static String output(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
