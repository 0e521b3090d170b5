package io.jnewman.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingOutputStreamTest {
    @Test
    void masksASecretPrintedInPiecesAndTheLastUnfinishedLine() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new MaskingOutputStream(target, SecretMasker.of(List.of("topsecret"))),
                true, StandardCharsets.UTF_8)) {
            out.print("a top");
            out.flush();
            assertThat(target.toString(StandardCharsets.UTF_8)).isEmpty();
            out.println("secret b");
            out.print("tail topsecret");
        }
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("a *** b" + System.lineSeparator() + "tail ***");
    }
}
