package io.jnewman.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Newman's -v and the usual -V/--version print the version, and picocli has nothing to warn about on stderr. */
class VersionFlagTest {
    @Test
    void everyVersionFlagPrintsTheVersionWithoutPicocliWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(processErr, true));
        try {
            for (String flag : new String[]{"-v", "-V", "--version"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.execute(new PrintStream(out, true), new PrintStream(err, true), flag);
                assertThat(code).as(flag).isZero();
                assertThat(out.toString().strip()).as(flag).matches("\\d+\\.\\d+\\.\\d+.*");
                assertThat(err.toString()).as(flag).isEmpty();
            }
        } finally {
            System.setErr(original);
        }
        assertThat(processErr.toString()).doesNotContain("picocli WARN");
    }
}
