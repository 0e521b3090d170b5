package io.jnewman.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralTemplateTest {
    private static List<String> originals(LiteralTemplate t) {
        return t.lifted.stream().map(LiteralTemplate.Lifted::original).toList();
    }

    @Test
    void scriptsThatDifferOnlyInTheirLiteralsShareATemplate() {
        String a = "pm.test(\"echoes 12\", function () { pm.expect(json.id).to.eql(12); pm.expect(json.tag).to.equal('beta'); });";
        String b = "pm.test(\"echoes 13\", function () { pm.expect(json.id).to.eql(13); pm.expect(json.tag).to.equal('gamma'); });";
        LiteralTemplate ta = LiteralTemplate.of(a);
        LiteralTemplate tb = LiteralTemplate.of(b.replace("'gamma'", "'delt'"));
        assertThat(ta.text).isEqualTo(tb.text);
        assertThat(originals(ta)).containsExactly("\"echoes 12\"", "12", "'beta'");
        assertThat(ta.lifted).extracting(LiteralTemplate.Lifted::json).containsExactly("\"echoes 12\"", "12", "\"beta\"");
    }

    @Test
    void theTemplateKeepsEveryLineAndColumnOfTheSource() {
        String source = "const a = 'first';\nconst b = \"second value\" + 42;\n";
        LiteralTemplate t = LiteralTemplate.of(source);
        assertThat(t.text).hasSameSizeAs(source);
        assertThat(t.text).isEqualTo("const a = ℓ0     ;\nconst b = ℓ1             + ℓ2;\n");
    }

    @Test
    void keysMethodNamesLabelsAndComputedMemberKeysStayInPlace() {
        String source = "var o = { 'key': 'value', 10: 20 }; o['member'] = x ? 'yes' : 'no'; var m = { 'go'() {} };"
                + " switch (v) { case 'label': break; } var arr = ['item', 'other'];";
        assertThat(originals(LiteralTemplate.of(source)))
                .containsExactly("'value'", "20", "'no'", "'item'", "'other'");
    }

    @Test
    void templateTextStaysButItsSubstitutionsAreLifted() {
        String source = "var s = `text \"quoted\" ${ 'inner' + `nested ${ 'deep' }` } end` + 'after';";
        assertThat(originals(LiteralTemplate.of(source))).containsExactly("'inner'", "'deep'", "'after'");
    }

    @Test
    void regularExpressionsAndCommentsAreNotLiftedFrom() {
        String source = "var ok = /'quoted'|42/.test(s); // 'comment'\n/* \"block\" 77 */ var n = a / 'divisor';";
        assertThat(originals(LiteralTemplate.of(source))).containsExactly("'divisor'");
    }

    @Test
    void aScanThatCannotBeSureLiftsNothing() {
        // a slash after ) or } may start a regular expression or divide
        assertThat(LiteralTemplate.of("if (x) /'a'/.test(y); var q = 'z';")).isNull();
        assertThat(LiteralTemplate.of("var r = (a + b) / 2; var q = 'z';")).isNull();
        assertThat(LiteralTemplate.of("i++ / 2; var q = 'z';")).isNull();
        assertThat(LiteralTemplate.of("class A { 'f' = 'v' }")).isNull();
        assertThat(LiteralTemplate.of("'use strict'; var q = 'z';")).isNull();
        assertThat(LiteralTemplate.of("var \\u0061 = 'z';")).isNull();
        assertThat(LiteralTemplate.of("var ℓ0 = 'z';")).isNull();
        assertThat(LiteralTemplate.of("var q = 'unterminated;")).isNull();
    }

    @Test
    void literalsTooShortForANameOrInUnusualFormsStayInPlace() {
        String source = "var a = [0, 7, 12, 0x1F, 1n, 010, 1_000, .5, 2.5, 1e3, '\\101', 'a\\\nb', '', 'ok'];";
        assertThat(originals(LiteralTemplate.of(source))).containsExactly("12", "2.5", "1e3", "''", "'ok'");
    }

    @Test
    void aNameAsLongAsItsLiteralDoesNotRunIntoTheNextWord() {
        assertThat(LiteralTemplate.of("if (''in o) x = 1;")).isNull();
        assertThat(LiteralTemplate.of("if ('ab'in o) x = 1;").text).isEqualTo("if (ℓ0  in o) x = 1;");
    }

    @Test
    void textQuotingTheTemplateIsRestoredToTheSource() {
        String source = "var o = {}; o.f('abc', 12345).g(); x = [\"item\", 'q'][0](); // ℓ";
        LiteralTemplate t = LiteralTemplate.of(source.replace(" // ℓ", ""));
        assertThat(t.restore(t.text)).isEqualTo(source.replace(" // ℓ", ""));
        assertThat(t.restore("f(ℓ1   ) and ℓ9 failed")).isEqualTo("f(12345) and ℓ9 failed");
        assertThat(LiteralTemplate.names(3)).isEqualTo("ℓ0,ℓ1,ℓ2");
    }

    @Test
    void stringEscapesAreDecodedToTheValueTheParserWouldMake() {
        assertThat(LiteralTemplate.jsonValue("'a\\'b\\\"c\\n\\t\\x41\\u0042\\u{1F600}\\0\\q'"))
                .isEqualTo("\"a'b\\\"c\\n\\tAB\uD83D\uDE00\\u0000q\"");
        assertThat(LiteralTemplate.jsonValue("\"\\v\\b\\f\\\\\"")).isEqualTo("\"\\u000b\\b\\f\\\\\"");
        assertThat(LiteralTemplate.jsonValue("'\\00'")).isNull();
        assertThat(LiteralTemplate.jsonValue("'\\xZ1'")).isNull();
    }
}
