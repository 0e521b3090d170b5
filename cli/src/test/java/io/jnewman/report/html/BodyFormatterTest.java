package io.jnewman.report.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFormatterTest {
    private final BodyFormatter formatter = new BodyFormatter(64, UnaryOperator.identity());

    @Test
    void prettyPrintsJsonKeepingNumbersAndKeyOrderAsSent() {
        BodyView view = formatter.format("{\"b\":1.10,\"a\":[1e400,2]}", "application/json", 24, false);

        assertThat(view.json()).isTrue();
        assertThat(view.text()).isEqualTo("{\n  \"b\" : 1.10,\n  \"a\" : [ 1e400, 2 ]\n}");
        assertThat(view.note()).isNull();
    }

    @Test
    void recognisesJsonWithoutAJsonContentType() {
        assertThat(formatter.format("[1,2]", "text/plain", 5, false).json()).isTrue();
    }

    @Test
    void leavesTextThatIsNotOneJsonValueAsSent() {
        assertThat(formatter.format("{\"a\":1} trailing", "application/json", 16, false))
                .isEqualTo(new BodyView("{\"a\":1} trailing", false, null));
        assertThat(formatter.format("{broken", null, 7, false).json()).isFalse();
        assertThat(formatter.format("<p>hi</p>", "text/html", 9, false).text()).isEqualTo("<p>hi</p>");
    }

    @Test
    void cutsLongBodiesAtTheLimitAndSaysHowBigTheWholeWas() {
        String text = "y".repeat(1000);
        BodyView view = formatter.format(text, "text/plain", 1000, false);

        assertThat(view.text()).hasSize(64);
        assertThat(view.note()).isEqualTo("Cut to the first 64 characters; the whole body is 1kB.");
    }

    @Test
    void reindentsOnlyAsMuchOfALargeJsonBodyAsIsShown() {
        String big = "[" + "{\"id\":1},".repeat(100_000) + "{\"id\":2}]";
        BodyView view = formatter.format(big, "application/json", big.length(), false);

        assertThat(view.json()).isTrue();
        assertThat(view.text()).hasSize(64).startsWith("[ {\n  \"id\" : 1\n}, {");
        assertThat(view.note()).isEqualTo("Cut to the first 64 characters; the whole body is 900.01kB.");
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String text = "a".repeat(63) + "😀" + "b";
        BodyView view = formatter.format(text, "text/plain", text.getBytes(StandardCharsets.UTF_8).length, false);

        assertThat(view.text()).isEqualTo("a".repeat(63));
    }

    @Test
    void describesBinaryBodiesInsteadOfShowingThem() {
        BodyView view = formatter.format(null, "image/png", 2048, true);

        assertThat(view.shown()).isFalse();
        assertThat(view.note()).isEqualTo("Binary body (2.05kB, image/png), not shown.");
        assertThat(BinaryBody.isBinary("image/png", new byte[0])).isTrue();
        assertThat(BinaryBody.isBinary("text/plain", new byte[] {'a', 0, 'b'})).isTrue();
        assertThat(BinaryBody.isBinary("image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void emptyBodiesSaySo() {
        assertThat(formatter.format("", "text/plain", 0, false)).isEqualTo(BodyView.none("No body."));
    }

    @Test
    void masksBeforePrettyPrinting() {
        BodyFormatter masking = new BodyFormatter(1024, s -> s.replace("tok-123", "***"));

        assertThat(masking.format("{\"token\":\"tok-123\"}", "application/json", 19, false).text())
                .isEqualTo("{\n  \"token\" : \"***\"\n}");
    }
}
