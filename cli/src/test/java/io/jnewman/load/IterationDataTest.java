package io.jnewman.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IterationDataTest {
    @Test
    void unquotedNumericCellsAreCastLikeNewman() {
        List<ObjectNode> rows = IterationData.parseCsv("a,b,c,d,e,f,g,h\n00123,1e3,1.50,007.0,0x10,12abc,\"00123\",\n", "x.csv");
        ObjectNode r = rows.get(0);
        assertThat(r.get("a").isNumber()).isTrue();
        assertThat(r.get("a").asLong()).isEqualTo(123);
        assertThat(r.get("b").asLong()).isEqualTo(1000);
        assertThat(r.get("c").asDouble()).isEqualTo(1.5);
        assertThat(r.get("d").asLong()).isEqualTo(7);
        assertThat(r.get("e").asLong()).isEqualTo(0);
        assertThat(r.get("f").asText()).isEqualTo("12abc");
        assertThat(r.get("g").isTextual()).isTrue();
        assertThat(r.get("g").asText()).isEqualTo("00123");
        assertThat(r.get("h").asText()).isEmpty();
    }

    @Test
    void quotedCellsKeepCommasAndEscapedQuotesAndCellsAreTrimmed() {
        List<ObjectNode> rows = IterationData.parseCsv("name , text\n  x  ,\"a, \"\"b\"\"\"\n", "x.csv");
        assertThat(rows.get(0).get("name").asText()).isEqualTo("x");
        assertThat(rows.get(0).get("text").asText()).isEqualTo("a, \"b\"");
    }

    @Test
    void csvWithByteOrderMarkKeepsTheFirstColumnName(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bom.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id,v\n1,x\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(csv, all);
        assertThat(IterationData.load(csv.toString()).get(0).has("id")).isTrue();
    }

    @Test
    void jsonDataKeepsItsTypes(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("d.json");
        Files.writeString(json, "[{\"n\": 1, \"s\": \"001\"}, {\"n\": 2}]");
        List<ObjectNode> rows = IterationData.load(json.toString());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("s").asText()).isEqualTo("001");
    }

    @Test
    void malformedJsonDataNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "[\n  {\"a\": 1,,}\n]");
        assertThatThrownBy(() -> IterationData.load(json.toString()))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("line 2").hasMessageContaining("column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
