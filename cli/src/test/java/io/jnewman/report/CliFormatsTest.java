package io.jnewman.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Newman's duration and size formats, values checked against node (pretty-ms 7, filesize 10). */
class CliFormatsTest {
    @Test
    void durations() {
        assertThat(PrettyMs.format(0.5)).isEqualTo("500µs");
        assertThat(PrettyMs.format(28)).isEqualTo("28ms");
        assertThat(PrettyMs.format(33.44)).isEqualTo("33ms");
        assertThat(PrettyMs.format(1997.9)).isEqualTo("1997ms");
        assertThat(PrettyMs.format(2100)).isEqualTo("2.1s");
        assertThat(PrettyMs.format(2000)).isEqualTo("2s");
        assertThat(PrettyMs.format(63_250)).isEqualTo("1m 3.2s");
        assertThat(PrettyMs.format(60_000)).isEqualTo("1m");
        assertThat(PrettyMs.format(3_725_000)).isEqualTo("1h 2m 5s");
    }

    @Test
    void sizes() {
        assertThat(FileSize.format(0)).isEqualTo("0B");
        assertThat(FileSize.format(561)).isEqualTo("561B");
        assertThat(FileSize.format(1965)).isEqualTo("1.97kB");
        assertThat(FileSize.format(2420)).isEqualTo("2.42kB");
        assertThat(FileSize.format(1500)).isEqualTo("1.5kB");
        assertThat(FileSize.format(2048)).isEqualTo("2.05kB");
        assertThat(FileSize.format(999_999)).isEqualTo("1MB");
        assertThat(FileSize.format(3_000_000_000L)).isEqualTo("3GB");
    }

    @Test
    void wrapCutsLinesAtTheWidthAndDropsEmptyOnes() {
        assertThat(WordWrap.wrap("abcdef\n\nxy", 4, "| ")).isEqualTo("| abcd\n| ef\n| xy");
    }

    @Test
    void toFixedRoundsTheBinaryValueLikeJavaScript() {
        assertThat(JsNumber.toFixed(0.0155, 3)).isEqualTo("0.015");
        assertThat(JsNumber.toFixed(0.0675, 3)).isEqualTo("0.068");
        assertThat(JsNumber.toFixed(0, 3)).isEqualTo("0.000");
    }
}
