package io.jnewman.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class XmlOutTest {
    @Test
    void attributesEscapeLikeXmlbuilder() {
        assertThat(XmlOut.attribute("a < b & \"c\" > d\te\nf\rg")).isEqualTo("a &lt; b &amp; &quot;c&quot; > d&#x9;e&#xA;f&#xD;g");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(XmlOut.legal("ok\u0000\u001b[31mred\uFFFF \uD83D\uDE00 \uD800x")).isEqualTo("ok[31mred \uD83D\uDE00 x");
    }

    @Test
    void cdataEndMarkersAreSplit() {
        assertThat(XmlOut.cdata("a]]>b]]>c")).isEqualTo("a]]]]><![CDATA[>b]]]]><![CDATA[>c");
    }

    @Test
    void layoutFollowsXmlbuilderPrettyPrinting() throws IOException {
        StringWriter w = new StringWriter();
        XmlOut xml = new XmlOut(w);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("name", "n");
        attrs.put("skippedWhenNull", null);
        xml.prolog();
        xml.open(0, "root", attrs);
        xml.empty(1, "leaf", Map.of());
        xml.cdataElement(1, "one", Map.of(), "text");
        xml.open(1, "many", Map.of());
        xml.cdataLine(2, "first");
        xml.cdataLine(2, "second");
        xml.close(1, "many");
        xml.close(0, "root");
        assertThat(w.toString()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <root name="n">
                  <leaf/>
                  <one><![CDATA[text]]></one>
                  <many>
                    <![CDATA[first]]>
                    <![CDATA[second]]>
                  </many>
                </root>""");
    }
}
