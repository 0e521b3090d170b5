package io.jnewman.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibrariesTest extends SandboxTest {
    private static ScriptRun check(String... lines) {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        ScriptResult result = run.test(sandbox, lines);
        assertThat(result.error()).as("script error").isNull();
        return run;
    }

    @Test
    void everyOfferedModuleLoadsThroughRequire() {
        ScriptRun run = check(
                "['lodash','moment','chai','uuid','ajv','tv4','crypto-js','cheerio','xml2js','csv-parse/lib/sync','backbone',",
                " 'atob','btoa','postman-collection','assert','buffer','events','path','url','util','stream','string_decoder',",
                " 'querystring','punycode','timers'].forEach(m => pm.test(m, () => pm.expect(require(m)).to.exist));");
        assertThat(run.assertions).hasSize(25).allMatch(Assertion::passed);
    }

    @Test
    void librariesWork() {
        ScriptRun run = check(
                "pm.test('lodash', () => pm.expect(require('lodash').chunk([1,2,3], 2)).to.eql([[1,2],[3]]));",
                "pm.test('moment', () => pm.expect(require('moment').utc('2020-01-02').format('YYYY/MM/DD')).to.equal('2020/01/02'));",
                "pm.test('crypto-js', () => pm.expect(CryptoJS.MD5('abc').toString()).to.equal('900150983cd24fb0d6963f7d28e17f72'));",
                "pm.test('hmac', () => pm.expect(require('crypto-js').HmacSHA256('a', 'k').toString(require('crypto-js').enc.Base64)).to.have.length(44));",
                "pm.test('cheerio', () => pm.expect(cheerio.load('<p class=x>hi</p>')('.x').text()).to.equal('hi'));",
                "pm.test('xml2Json', () => pm.expect(xml2Json('<a><b>1</b></a>')).to.eql({a: {b: '1'}}));",
                "pm.test('tv4', () => pm.expect(tv4.validate({a: 1}, {properties: {a: {type: 'string'}}})).to.be.false);",
                "pm.test('ajv', () => { const Ajv = require('ajv'); pm.expect(new Ajv().validate({type: 'number'}, 1)).to.be.true; });",
                "pm.test('uuid', () => pm.expect(require('uuid')()).to.match(/^[0-9a-f-]{36}$/));",
                "pm.test('csv', () => pm.expect(require('csv-parse/lib/sync')('a,b\\n1,2', {columns: true})).to.eql([{a: '1', b: '2'}]));",
                "pm.test('atob', () => pm.expect(atob(btoa('hello'))).to.equal('hello'));",
                "pm.test('Buffer', () => pm.expect(Buffer.from('hi').toString('base64')).to.equal('aGk='));",
                "pm.test('legacy lodash 3', () => pm.expect(_.VERSION).to.match(/^3\\./));",
                "pm.test('url', () => pm.expect(require('url').parse('http://a.b/c?d=1').pathname).to.equal('/c'));",
                "pm.test('sdk', () => pm.expect(new (require('postman-collection').Url)('http://x.y/z').getPath()).to.equal('/z'));",
                "pm.test('jsonSchema', () => pm.response.to.have.jsonSchema({type: 'object'}));",
                "pm.test('structuredClone', () => pm.expect(structuredClone({a: [1]})).to.eql({a: [1]}));",
                "pm.test('TextEncoder', () => pm.expect(new TextDecoder().decode(new TextEncoder().encode('é'))).to.equal('é'));",
                "pm.test('URL', () => pm.expect(new URL('https://a.b:8443/p?q=1#h').port).to.equal('8443'));",
                "pm.test('URLSearchParams', () => pm.expect(new URLSearchParams('a=1&b=x y').get('b')).to.equal('x y'));",
                "pm.test('sugar', () => pm.expect('abc'.has('b') && [1, 2, 3].average() === 2).to.be.true);");
        assertThat(run.outcomes()).allMatch(o -> o.startsWith("pass"), "all pass");
        assertThat(run.assertions).hasSize(21);
    }

    @Test
    void xml2JsonOfTextThatIsNotXmlIsUndefinedAsInNewman() {
        ScriptRun run = new ScriptRun();
        run.test(sandbox, "pm.test('not xml', () => pm.expect(xml2Json('{\"a\": 1}')).to.be.undefined);",
                "pm.test('xml', () => pm.expect(xml2Json('<a>1</a>')).to.eql({a: '1'}));");
        assertThat(run.outcomes()).containsExactly("pass not xml", "pass xml");
    }

    @Test
    void unknownModulesAreNotFound() {
        ScriptRun run = new ScriptRun();
        ScriptResult result = run.test(sandbox, "require('fs');");
        assertThat(result.error().message()).isEqualTo("Cannot find module 'fs'");
    }
}
