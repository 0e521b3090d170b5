package io.jnewman.script;

import com.fasterxml.jackson.databind.node.IntNode;
import io.jnewman.http.Exchange;
import io.jnewman.model.KeyValue;
import io.jnewman.model.Request;
import io.jnewman.model.Url;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PmApiTest extends SandboxTest {
    @Test
    void chaiAssertionMessagesMatchChai4() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"a\":1,\"list\":[1,2]}");
        run.test(sandbox,
                "pm.test('eql', () => pm.expect(pm.response.json().a).to.eql(2));",
                "pm.test('include', () => pm.expect('hello').to.include('xyz'));",
                "pm.test('below', () => pm.expect(undefined).to.be.below(500));",
                "pm.test('oneOf', () => pm.expect(201).to.be.oneOf([200, 202]));",
                "pm.test('property', () => pm.expect({b: 1}).to.have.property('a'));");
        assertThat(run.outcomes()).containsExactly(
                "FAIL eql | AssertionError: expected 1 to deeply equal 2",
                "FAIL include | AssertionError: expected 'hello' to include 'xyz'",
                "FAIL below | AssertionError: expected undefined to be a number or a date",
                "FAIL oneOf | AssertionError: expected 201 to be one of [ 200, 202 ]",
                "FAIL property | AssertionError: expected { b: 1 } to have property 'a'");
    }

    @Test
    void misspelledChaiPropertiesFailAsWithChaisProxy() {
        // the sandbox's chai guards reads at the end of the prototype chain instead of through a Proxy per assertion;
        // the outcomes and messages are newman 6.2.2's
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox,
                "pm.test('tru', () => { pm.expect(true).to.be.tru; });",
                "pm.test('not chainable', () => { pm.expect(1).to.equal.to; });",
                "pm.test('after chainable', () => { pm.expect(1).to.be.a.foo; });",
                "pm.test('method typo', () => { pm.expect(1).to.eqaul(1); });",
                "pm.test('response typo', () => { pm.response.to.be.oks; });",
                "pm.test('excluded keys', () => { pm.expect(pm.expect(1).then).to.equal(undefined); });",
                "pm.test('branches keep their flags', () => { const e = pm.expect(1); e.to.not.equal(2); e.to.equal(1); });",
                "pm.test('useProxy off', () => { const c = require('chai'); c.config.useProxy = false;"
                        + " try { pm.expect(1).to.be.tru; } finally { c.config.useProxy = true; } });");
        assertThat(run.outcomes()).containsExactly(
                "FAIL tru | Error: Invalid Chai property: tru. Did you mean \"true\"?",
                "FAIL not chainable | Error: Invalid Chai property: equal.to. See docs for proper usage of \"equal\".",
                "FAIL after chainable | Error: Invalid Chai property: foo. Did you mean \"to\"?",
                "FAIL method typo | Error: Invalid Chai property: eqaul. Did you mean \"equal\"?",
                "FAIL response typo | Error: Invalid Chai property: oks. Did you mean \"ok\"?",
                "pass excluded keys",
                "pass branches keep their flags",
                "pass useProxy off");
    }

    @Test
    void consoleChangesStayInTheirScriptAndUnnamedConsolesStillLog() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox, "console.log = function () {}; console.log('hidden');");
        run.test(sandbox, "console.log('shown');");
        run.test(sandbox, "[1].forEach(globalThis.console.info);");
        run.test(sandbox, "eval('console.warn(\"by eval\")');");
        assertThat(run.console).containsExactly("log:'shown'", "info:1 0 [ 1 ]", "warn:'by eval'");
        run.console.clear();
        run.test(sandbox, "console.log('after');");
        assertThat(run.console).containsExactly("log:'after'");
    }

    @Test
    void negatedPropertyAndIncludeMessagesAreChais() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox,
                "pm.test('not property', () => pm.expect({a: 1}).to.not.have.property('a'));",
                "pm.test('not property value', () => pm.expect({a: 1}).to.not.have.property('a', 1));",
                "pm.test('property value', () => pm.expect({a: 1}).to.have.property('a', 2));",
                "pm.test('not include', () => pm.expect([1, 2]).to.not.include(2));",
                "pm.test('lengthOf', () => pm.expect([1]).to.have.lengthOf(2));");
        assertThat(run.outcomes()).containsExactly(
                "FAIL not property | AssertionError: expected { a: 1 } to not have property 'a'",
                "FAIL not property value | AssertionError: expected { a: 1 } to not have property 'a' of 1",
                "FAIL property value | AssertionError: expected { a: 1 } to have property 'a' of 2, but got 1",
                "FAIL not include | AssertionError: expected [ 1, 2 ] to not include 2",
                "FAIL lengthOf | AssertionError: expected [ 1 ] to have a length of 2 but got 1");
    }

    @Test
    void responseAssertionsOfChaiPostman() {
        ScriptRun run = new ScriptRun().response(404, "Not Found", "<html/>", KeyValue.of("Content-Type", "text/html"));
        run.test(sandbox,
                "pm.test('status', () => pm.response.to.have.status(200));",
                "pm.test('notFound', () => pm.response.to.be.notFound);",
                "pm.test('clientError', () => pm.response.to.be.clientError);",
                "pm.test('ok', () => pm.response.to.be.ok);",
                "pm.test('header', () => pm.response.to.have.header('X-Missing'));",
                "pm.test('header value', () => pm.response.to.have.header('content-type', 'text/html'));",
                "pm.test('json', () => pm.response.to.be.json);",
                "pm.test('not success', () => pm.response.to.not.be.success);",
                "pm.test('body', () => pm.response.to.have.body('<html/>'));");
        assertThat(run.outcomes()).containsExactly(
                "FAIL status | AssertionError: expected response to have status code 200 but got 404",
                "pass notFound",
                "pass clientError",
                "FAIL ok | AssertionError: expected response to have status reason 'OK' but got 'NOT FOUND'",
                "FAIL header | AssertionError: expected response to have header with key 'X-Missing'",
                "pass header value",
                "FAIL json | AssertionError: expected response body to be a valid json but got error Unexpected token '<' at 1:1",
                "pass not success",
                "pass body");
    }

    @Test
    void chaiPostmanChecksOfOtherTargetsAndChaiFlagsFailAsInNewman() {
        // the sandbox answers chai-postman's target checks directly for its own Request/Response and writes chai's
        // flags out; anything else takes chai's path, with chai's messages (outcomes are newman 6.2.2's)
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"url\":\"u\",\"args\":{}}");
        run.test(sandbox,
                "pm.test('status on plain object', () => pm.expect({code: 200}).to.have.status(200));",
                "pm.test('header on a string', () => pm.expect('x').to.have.header('a'));",
                "pm.test('request header', () => pm.request.to.have.header('X-Missing'));",
                "pm.test('request header present', () => pm.request.to.have.header('X-Test', 'yes'));",
                "pm.test('not status', () => pm.expect(pm.response).to.not.have.status(404));",
                "pm.test('status reason wrong', () => pm.response.to.have.status('Created'));",
                "pm.test('custom message', () => pm.expect(1, 'custom').to.equal(2));",
                "pm.test('custom message negated', () => pm.expect(1, 'custom').to.not.equal(1));",
                "pm.test('reused assertion', () => { const e = pm.expect(pm.response.json()); e.to.have.property('url');"
                        + " e.to.have.property('args'); e.not.to.have.property('zzz'); });",
                "pm.test('flags', () => pm.expect(Object.keys(pm.expect(1).__flags).join()).to.equal('x'));",
                "pm.test('assert length', () => pm.expect(pm.expect(1).assert.length).to.equal(6));",
                "pm.test('string code', () => { pm.response.code = '200'; pm.response.to.have.status(200); });");
        assertThat(run.outcomes()).containsExactly(
                "FAIL status on plain object | AssertionError: expecting a postman response object but got { code: 200 }",
                "FAIL header on a string | AssertionError: expecting a postman request or response object but got 'x'",
                "FAIL request header | AssertionError: expected request to have header with key 'X-Missing'",
                "pass request header present",
                "pass not status",
                "FAIL status reason wrong | AssertionError: expected response to have status reason 'Created' but got 'OK'",
                "FAIL custom message | AssertionError: custom: expected 1 to equal 2",
                "FAIL custom message negated | AssertionError: custom: expected 1 to not equal 1",
                "pass reused assertion",
                "FAIL flags | AssertionError: expected 'ssfi,lockSsfi,object,message,eql' to equal 'x'",
                "pass assert length",
                "FAIL string code | AssertionError: expected '200' to be a number");
    }

    @Test
    void chainableWordsKeepTheirGuardsPrototypeAndFlags() {
        // a, include, lengthOf make a function on each read; its length guard, call/apply and flags are made more
        // cheaply than chai does, with the same outcomes (newman 6.2.2's)
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.test(sandbox,
                "pm.test('a then length', () => pm.expect('x').to.be.a.length);",
                "pm.test('include then length', () => pm.expect([1]).to.include.length.above(0));",
                "pm.test('include members', () => pm.expect([1, 2]).to.include.members([1]));",
                "pm.test('an then property', () => pm.expect({a: 1}).to.be.an('object').that.has.property('a'));",
                "pm.test('lengthOf above', () => pm.expect([1, 2]).to.have.lengthOf.above(1));",
                "pm.test('call restored', () => pm.expect(typeof pm.expect(1).to.be.a.call + typeof pm.expect(1).to.be.a.apply)"
                        + ".to.equal('functionfunction'));",
                "pm.test('own keys', () => pm.expect(Object.keys(Object.getPrototypeOf(pm.expect(1).to.be.a)).join()).to.equal('x'));",
                "pm.test('not a', () => pm.expect('x').to.not.be.a('string'));",
                "pm.test('deep include', () => pm.expect([{a: 1}]).to.deep.include({a: 1}));",
                "pm.test('lengthOf fail', () => pm.expect('abc').to.have.lengthOf(2, 'len msg'));");
        assertThat(run.outcomes()).containsExactly(
                "FAIL a then length | Error: Invalid Chai property: a.length. Due to a compatibility issue, \"length\" cannot"
                        + " directly follow \"a\". Use \"a.lengthOf\" instead.",
                "FAIL include then length | Error: Invalid Chai property: include.length. Due to a compatibility issue,"
                        + " \"length\" cannot directly follow \"include\". Use \"include.lengthOf\" instead.",
                "pass include members",
                "pass an then property",
                "pass lengthOf above",
                "pass call restored",
                "FAIL own keys | AssertionError: expected 'call,apply' to equal 'x'",
                "FAIL not a | AssertionError: expected 'x' not to be a string",
                "pass deep include",
                "FAIL lengthOf fail | AssertionError: len msg: expected 'abc' to have a length of 2 but got 3");
    }

    @Test
    void requestAndUrlHavePostmanCollectionsNamesFieldsCredentialsAndMessages() {
        // chai's messages show a model's class name and own fields in order; outcomes are newman 6.2.2's
        ScriptRun run = new ScriptRun();
        run.request = new Request("GET", Url.parse("http://u:p@localhost:5055/get?a=1#frag"),
                List.of(KeyValue.of("X-Test", "yes")), null, null, null);
        run.pre(sandbox,
                "pm.test('url ' + pm.request.url.constructor.name + ' ' + Object.keys(pm.request.url).join(), () => {});",
                "pm.test('request ' + pm.request.constructor.name + ' ' + Object.getOwnPropertyNames(pm.request).join(), () => {});",
                "pm.test('auth ' + JSON.stringify(pm.request.url.auth) + ' ' + pm.request.url.toString(), () => {});",
                "pm.test('json ' + JSON.stringify(pm.request.url.toJSON()), () => {});",
                "pm.test('url message', () => pm.expect(pm.request.url).to.equal(1));",
                "pm.test('request message', () => pm.expect(pm.request).to.equal(1));",
                "pm.test('to', () => pm.request.to.have.header('X-Test', 'yes'));");
        assertThat(run.outcomes()).containsExactly(
                "pass url PostmanUrl auth,protocol,port,path,hash,host,query,variables",
                "pass request PostmanRequest url,headers,method,to",
                "pass auth {\"user\":\"u\",\"password\":\"p\"} http://u:p@localhost:5055/get?a=1#frag",
                "pass json {\"auth\":{\"user\":\"u\",\"password\":\"p\"},\"protocol\":\"http\",\"port\":\"5055\","
                        + "\"path\":[\"get\"],\"hash\":\"frag\",\"host\":[\"localhost\"],\"query\":[{\"key\":\"a\",\"value\":\"1\"}],"
                        + "\"variable\":[]}",
                "FAIL url message | AssertionError: expected PostmanUrl{ auth: { …(2) }, …(7) } to equal 1",
                "FAIL request message | AssertionError: expected PostmanRequest{ …(4) } to equal 1",
                "pass to");
    }

    @Test
    void responseHasPostmanCollectionsNameAndFields() {
        // newman's response has exactly ten own fields, so chai shows none of them: `PostmanResponse{ …(10) }`;
        // outcomes are newman 6.2.2's
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"a\":1}");
        run.test(sandbox,
                "pm.test('keys ' + pm.response.constructor.name + ' ' + Object.keys(pm.response).join(), () => {});",
                "pm.test('details ' + pm.response._details.name + ' ' + pm.response._details.code + ' ' + pm.response._details.standardName, () => {});",
                "pm.test('stream ' + (pm.response.stream === pm.response.stream) + ' ' + pm.response.stream.toString(), () => {});",
                "pm.test('id ' + typeof pm.response.id + ' ' + String(pm.response.id).length, () => {});",
                "pm.test('message', () => pm.expect(pm.response).to.have.property('foo'));",
                "pm.test('json keys ' + Object.keys(pm.response.toJSON()).join(), () => {});",
                "pm.test('text and json ' + pm.response.text() + ' ' + pm.response.json().a, () => {});");
        assertThat(run.outcomes()).containsExactly(
                "pass keys PostmanResponse id,_details,status,code,headers,stream,cookies,responseTime,responseSize",
                "pass details OK 200 OK",
                "pass stream true {\"a\":1}",
                "pass id string 36",
                "FAIL message | AssertionError: expected PostmanResponse{ …(10) } to have property 'foo'",
                "pass json keys id,status,code,header,stream,cookie,responseTime,responseSize",
                "pass text and json {\"a\":1} 1");
    }

    @Test
    void aTestScriptsRequestFlagsTheHeadersTheRuntimeAdded() {
        // newman's pm.request in a test script is the request as sent, its own headers marked system: true
        ScriptRun run = new ScriptRun();
        run.request = new Request("GET", Url.parse("http://localhost:5055/get"),
                List.of(KeyValue.of("User-Agent", "PostmanRuntime/7.39.1"), KeyValue.of("X-Mine", "1")), null, null, null);
        run.response(200, "OK", "{}");
        run.exchange = new Exchange(new Exchange.SentRequest(run.request, Set.of("User-Agent")), run.exchange.response(), null);
        run.test(sandbox, "pm.test('headers ' + JSON.stringify(pm.request.headers.toJSON()), () => {});");
        assertThat(run.outcomes()).containsExactly("pass headers [{\"key\":\"User-Agent\",\"value\":\"PostmanRuntime/7.39.1\","
                + "\"system\":true},{\"key\":\"X-Mine\",\"value\":\"1\"}]");
    }

    @Test
    void aRequestsDescriptionIsAPostmanPropertyDescription() {
        // newman 6.2.2's outcomes and message
        ScriptRun run = new ScriptRun();
        run.request = new Request("GET", Url.parse("http://localhost:5055/get"), List.of(), null, null,
                new io.jnewman.model.Description("# Notes", "text/markdown"));
        run.pre(sandbox, "pm.test('text ' + pm.request.description + ' ' + pm.request.description.type, () => {});",
                "pm.test('json ' + JSON.stringify(pm.request.toJSON().description), () => {});",
                "pm.test('chai', () => pm.expect(pm.request.description).to.eql({ content: 'x' }));");
        assertThat(run.outcomes()).containsExactly("pass text # Notes text/markdown",
                "pass json {\"content\":\"# Notes\",\"type\":\"text/markdown\"}",
                "FAIL chai | AssertionError: expected PostmanPropertyDescription{ …(2) } to deeply equal { content: 'x' }");
    }

    @Test
    void responseContentInfoAndDataUriArePostmanCollections() {
        // newman 6.2.2's outcomes for a JSON response
        ScriptRun run = new ScriptRun().response(200, "OK", "{\"a\":1}", KeyValue.of("Content-Type", "application/json; charset=utf-8"));
        run.test(sandbox, "pm.test('info ' + JSON.stringify(pm.response.contentInfo()), () => {});",
                "pm.test('uri ' + pm.response.dataURI(), () => {});");
        assertThat(run.outcomes()).containsExactly(
                "pass info {\"contentType\":\"application/json\",\"mimeType\":\"text\",\"mimeFormat\":\"json\",\"charset\":\"utf8\","
                        + "\"fileExtension\":\"json\",\"fileName\":\"response.json\"}",
                "pass uri data:application/json;base64, eyJhIjoxfQ==");
    }

    @Test
    void responseHeaderSizeCountsTheWholeHead() {
        // as newman counts it (checked against its size() for the same response): "HTTP/1.1 200 OK\r\n" (17), each
        // "Key: value\r\n", and the blank line (2)
        ScriptRun run = new ScriptRun().response(200, "OK", "{}", KeyValue.of("Content-Type", "application/json"));
        run.test(sandbox, "pm.test('size ' + JSON.stringify(pm.response.size()), () => {});");
        assertThat(run.outcomes()).containsExactly("pass size {\"body\":2,\"header\":51,\"total\":53}");
    }

    @Test
    void responseDataAndJsonErrors() {
        ScriptRun run = new ScriptRun().response(201, "Created", "{\"id\":7}", KeyValue.of("X-A", "1"), KeyValue.of("x-a", "2"));
        ScriptResult result = run.test(sandbox,
                "pm.test('data', () => {",
                "  pm.expect(pm.response.code).to.equal(201);",
                "  pm.expect(pm.response.status).to.equal('Created');",
                "  pm.expect(pm.response.reason()).to.equal('Created');",
                "  pm.expect(pm.response.headers.get('x-a')).to.equal('2');",
                "  pm.expect(pm.response.text()).to.equal('{\"id\":7}');",
                "  pm.expect(pm.response.responseTime).to.equal(12);",
                "  pm.expect(pm.response.size().body).to.equal(8);",
                "});",
                "JSON.parse('{bad');");
        assertThat(run.outcomes()).containsExactly("pass data");
        assertThat(result.error().name()).isEqualTo("JSONError");
    }

    @Test
    void asyncTestsWithDoneTimersAndPromises() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        ScriptResult result = run.test(sandbox,
                "pm.test('done later', function (done) { setTimeout(() => { pm.expect(1).to.equal(1); done(); }, 20); });",
                "pm.test('done with error', function (done) { setTimeout(() => done(new Error('boom')), 5); });",
                "pm.test('rejected promise', async () => { await Promise.resolve(); throw new TypeError('nope'); });",
                "pm.test.skip('skipped', () => {});",
                "setTimeout(() => { throw new Error('ignored like newman'); }, 1);",
                "pm.test('sync', () => {});");
        assertThat(result.error()).isNull();
        assertThat(run.outcomes()).containsExactlyInAnyOrder("pass done later", "FAIL done with error | Error: boom",
                "FAIL rejected promise | TypeError: nope", "skip skipped", "pass sync");
        assertThat(run.assertions.stream().filter(a -> a.name().equals("done later")).findFirst().orElseThrow().index()).isZero();
    }

    @Test
    void variablesKeepTheirTypesAndPrecedence() {
        ScriptRun run = new ScriptRun();
        run.environment.set("n", IntNode.valueOf(5));
        run.setEnv("shared", "env");
        run.globals.set("shared", com.fasterxml.jackson.databind.node.TextNode.valueOf("global"));
        run.test(sandbox,
                "pm.test('types', () => {",
                "  pm.expect(pm.environment.get('n')).to.equal(5);",
                "  pm.environment.set('obj', {a: [1, 2]});",
                "  pm.expect(pm.environment.get('obj')).to.eql({a: [1, 2]});",
                "  pm.expect(pm.variables.get('shared')).to.equal('env');",
                "  pm.variables.set('shared', 'local');",
                "  pm.expect(pm.variables.get('shared')).to.equal('local');",
                "  pm.collectionVariables.set('c', true);",
                "  pm.globals.unset('shared');",
                "  pm.expect(pm.globals.has('shared')).to.be.false;",
                "  pm.expect(pm.environment.name).to.equal('test-env');",
                "  pm.expect(pm.variables.replaceIn('{{shared}}-{{$guid}}')).to.equal('local-guid-value');",
                "  pm.expect(pm.environment.toObject()).to.have.keys('n', 'shared', 'obj');",
                "});");
        assertThat(run.outcomes()).containsExactly("pass types");
        assertThat(run.environment.get("obj").toString()).isEqualTo("{\"a\":[1,2]}");
        assertThat(run.collection.get("c").booleanValue()).isTrue();
        assertThat(run.local.get("shared").textValue()).isEqualTo("local");
    }

    @Test
    void sandboxGlobalsCannotBeRedeclared() {
        ScriptRun run = new ScriptRun();
        ScriptResult result = run.test(sandbox, "const data = 1;");
        assertThat(result.error().name()).isEqualTo("SyntaxError");
        assertThat(result.error().message()).isEqualTo("Identifier 'data' has already been declared");
        assertThat(run.test(sandbox, "let _ = 2;").error().message()).isEqualTo("Identifier '_' has already been declared");
        assertThat(run.test(sandbox, "const mine = 1; if (mine) return; throw new Error('not reached');").error()).isNull();
    }

    @Test
    void errorsCarryNameAndMessageAndKeepEarlierAssertions() {
        ScriptRun run = new ScriptRun();
        ScriptResult result = run.test(sandbox, "pm.test('before error', () => {});", "undefinedFn();");
        assertThat(run.outcomes()).containsExactly("pass before error");
        assertThat(result.error().name()).isEqualTo("ReferenceError");
        assertThat(result.error().message()).isEqualTo("undefinedFn is not defined");
    }

    @Test
    void errorMessagesUseNodesWording() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        assertThat(run.test(sandbox, "pm.response.json().a.b").error().message()).isEqualTo("Cannot read properties of undefined (reading 'b')");
        assertThat(run.test(sandbox, "undefined.x = 1").error().message()).isEqualTo("Cannot set properties of undefined (setting 'x')");
        assertThat(run.test(sandbox, "Object.keys(undefined)").error().message()).isEqualTo("Cannot convert undefined or null to object");
        assertThat(run.test(sandbox, "const q = 1; q = 2;").error().message()).isEqualTo("Assignment to constant variable.");
        ScriptError json = run.test(sandbox, "JSON.parse(undefined)").error();
        assertThat(json.name() + ": " + json.message()).isEqualTo("JSONError: \"undefined\" is not valid JSON");
        run.test(sandbox, "pm.test('in test', () => { let o; o.x; });");
        assertThat(run.outcomes()).containsExactly("FAIL in test | TypeError: Cannot read properties of undefined (reading 'x')");
    }

    @Test
    void preRequestMutationsComeBackAsTheRequest() {
        ScriptRun run = new ScriptRun();
        ScriptResult result = run.pre(sandbox,
                "pm.request.headers.add({key: 'X-Added', value: '1'});",
                "pm.request.headers.upsert({key: 'x-test', value: 'changed'});",
                "pm.request.url.query.add({key: 'b', value: '2'});",
                "pm.request.url.query.remove('a');",
                "pm.request.method = 'post';",
                "pm.request.body = {mode: 'raw', raw: '{\"x\":1}'};",
                "console.log(pm.request.url.toString(), pm.request.url.getHost(), pm.request.url.getPath());");
        assertThat(result.error()).isNull();
        assertThat(result.request().method()).isEqualTo("POST");
        assertThat(result.request().header("X-Added")).isEqualTo("1");
        assertThat(result.request().header("X-Test")).isEqualTo("changed");
        assertThat(result.request().url().toString()).isEqualTo("http://localhost:5055/get?b=2");
        assertThat(result.request().body().raw()).isEqualTo("{\"x\":1}");
        assertThat(run.console).containsExactly("log:'http://localhost:5055/get?b=2' 'localhost' '/get'");
    }

    @Test
    void flowControlNextRequestAndSkip() {
        ScriptRun run = new ScriptRun();
        ScriptResult next = run.test(sandbox, "postman.setNextRequest('B'); pm.execution.setNextRequest('C');");
        assertThat(next.nextRequest()).isEqualTo(new ScriptResult.NextRequest("C"));
        assertThat(run.test(sandbox, "pm.execution.setNextRequest(null);").nextRequest()).isEqualTo(new ScriptResult.NextRequest(null));
        ScriptResult skipped = run.pre(sandbox, "pm.environment.set('before', 1); pm.execution.skipRequest(); pm.environment.set('after', 1);");
        assertThat(skipped.skipRequest()).isTrue();
        assertThat(skipped.error()).isNull();
        assertThat(run.environment.has("before")).isTrue();
        assertThat(run.environment.has("after")).isFalse();
        ScriptResult inTest = run.test(sandbox, "pm.execution.skipRequest();");
        assertThat(inTest.error().name()).isEqualTo("TypeError");
        assertThat(inTest.skipRequest()).isFalse();
    }

    @Test
    void infoAndLocation() {
        ScriptRun run = new ScriptRun();
        run.info = new ScriptInfo(2, 5);
        run.pre(sandbox, "console.log(pm.info.eventName, pm.info.iteration, pm.info.iterationCount, pm.info.requestName, pm.info.requestId);",
                "console.log(pm.execution.location, pm.execution.location.current);");
        // (the location array reaches newman's reporter as its items only)
        assertThat(run.console).containsExactly("log:'prerequest' 2 5 'My request' 'item-id'", "log:[ 'My request' ] 'My request'");
    }

    @Test
    void pmIsAPostmanWithReadOnlyFieldsLeftOutOfEnumerationInNewmansOrder() {
        // newman 6.2.2's pm: own read-only fields that Object.keys and JSON leave out, except `test` (enumerable and
        // writable), `expect` on the prototype; pm.info's fields are left out too (outcomes are newman's)
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        String probe = "console.log(Object.keys(pm).join(), Object.keys(pm.info).join(), JSON.stringify(pm.info));"
                + "const fi = []; for (const k in pm) fi.push(k); console.log(fi.join(), Object.getOwnPropertyNames(pm).join());"
                + "const before = pm.test; pm.environment = null; pm.extra = 1; pm.test = null;"
                + "console.log(pm.test === before, pm.environment === pm.environment, pm.extra,"
                + " Object.getPrototypeOf(pm).constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(pm)).join());";
        run.pre(sandbox, probe);
        run.test(sandbox, probe);
        String fields = "info,globals,environment,collectionVariables,variables,iterationData,request,%scookies,visualizer,"
                + "sendRequest,execution,test";
        assertThat(run.console).containsExactly(
                "log:'test' '' '{}'", "log:'test,expect' '" + fields.formatted("") + "'", "log:false true 1 'Postman' 'constructor,expect'",
                "log:'test' '' '{}'", "log:'test,expect' '" + fields.formatted("response,") + "'",
                "log:false true 1 'Postman' 'constructor,expect'");
    }

    @Test
    void consoleArgumentsAreFormattedAsNewmansCliShowsThem() {
        // expected texts are what Node 20's util.inspect(value, {depth: 25, maxArrayLength: 100, breakLength: 44}) prints
        ScriptRun run = new ScriptRun();
        run.test(sandbox, "console.log('text', 1, true, null, undefined);",
                "console.log({a: 'x', b: [1, {c: {d: {e: 1}}}]});",
                "console.warn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], \"it's\", {'content-type': 'json', n: -0});",
                "console.info([{id: 1, title: 'delectus aut autem'}]);",
                "console.error(function named() {}, {a: {b: {c: {d: {}}}}});");
        assertThat(run.console).containsExactly(
                "log:'text' 1 true null undefined",
                "log:{\n  a: 'x',\n  b: [\n    1,\n    { c: { d: { e: 1 } } }\n  ]\n}",
                "warn:[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n] \"it's\" { 'content-type': 'json', n: -0 }",
                "info:[\n  {\n    id: 1,\n    title: 'delectus aut autem'\n  }\n]",
                "error:'[Function: named]' {\n  a: { b: { c: { d: {} } } }\n}");
    }

    @Test
    void consoleShowsMapsSetsAndWhatToJsonGives() {
        // newman's console transport keeps Maps and Sets and sends what toJSON gives (models, Buffers); texts are
        // what newman 6.2.2's CLI printed for the same arguments
        ScriptRun run = new ScriptRun();
        run.test(sandbox, "console.log(new Map([[1, 2]]), new Map(), new Set());",
                "console.log(new Set([1, 'a', {b: 2}]));",
                "console.log({m: new Map([['k', {deep: [1, 2, 3]}], ['other', 'value that is fairly long to wrap']])});",
                "console.log({ toJSON() { return 'custom'; } }, {d: new Date(0), n: {toJSON: () => ({x: 1})}});",
                "console.log(pm.request.url);");
        assertThat(run.console).containsExactly(
                "log:Map(1) { 1 => 2 } Map(0) {} Set(0) {}",
                "log:Set(3) { 1, 'a', { b: 2 } }",
                "log:{\n  m: Map(2) {\n    'k' => { deep: [ 1, 2, 3 ] },\n    'other' => 'value that is fairly long to wrap'\n  }\n}",
                "log:'custom' {\n  d: 1970-01-01T00:00:00.000Z,\n  n: { x: 1 }\n}",
                "log:{\n  protocol: 'http',\n  port: '5055',\n  path: [ 'get' ],\n  host: [ 'localhost' ],\n"
                        + "  query: [ { key: 'a', value: '1' } ],\n  variable: []\n}");
    }
}
