package io.jnewman.script;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncServicesTest {
    static GraalSandbox sandbox;
    static HttpServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        sandbox = new GraalSandbox();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", exchange -> {
            byte[] body = ("{\"path\":\"" + exchange.getRequestURI() + "\",\"method\":\"" + exchange.getRequestMethod() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        server.stop(0);
    }

    private static ScriptRun run() {
        ScriptRun run = new ScriptRun().response(200, "OK", "{}");
        run.services = new LoopbackServices();
        return run;
    }

    @Test
    void sendRequestCallbackRunsAfterTheScriptAndItsTestsCount() {
        ScriptRun run = run();
        ScriptResult result = run.test(sandbox,
                "const order = [];",
                "pm.sendRequest('" + base + "/json?x=1', (err, res) => {",
                "  order.push('callback');",
                "  pm.test('callback test', () => pm.expect(res.json().path).to.equal('/json?x=1'));",
                "  pm.test('order', () => pm.expect(order).to.eql(['sync', 'callback']));",
                "});",
                "order.push('sync');");
        assertThat(result.error()).isNull();
        assertThat(run.outcomes()).containsExactly("pass callback test", "pass order");
    }

    @Test
    void sendRequestPromiseWithTopLevelAwait() {
        ScriptRun run = run();
        ScriptResult result = run.test(sandbox,
                "const res = await pm.sendRequest({url: '" + base + "/json', method: 'POST', header: {'X-A': '1'}, body: {mode: 'raw', raw: 'hi'}});",
                "pm.test('awaited', () => { pm.expect(res.code).to.equal(200); pm.expect(res.json().method).to.equal('POST'); });");
        assertThat(result.error()).isNull();
        assertThat(run.outcomes()).containsExactly("pass awaited");
        assertThat(((LoopbackServices) run.services).sent.get(0).header("X-A")).isEqualTo("1");
    }

    @Test
    void sendRequestConnectionErrorReachesTheCallback() {
        ScriptRun run = run();
        run.test(sandbox, "pm.sendRequest('http://127.0.0.1:1/', (err, res) => {",
                "  pm.test('error', () => pm.expect(err.code).to.equal('ECONNREFUSED'));",
                "});");
        assertThat(run.outcomes()).containsExactly("pass error");
    }

    @Test
    void errorInSendRequestCallbackIsIgnoredAsNewmanDoes() {
        ScriptRun run = run();
        ScriptResult result = run.test(sandbox, "pm.sendRequest('" + base + "/json', () => {",
                "  pm.test('before the throw', () => {});",
                "  throw new TypeError('in callback');",
                "});");
        assertThat(result.error()).isNull();
        assertThat(run.outcomes()).containsExactly("pass before the throw");
    }

    @Test
    void errorInCookieJarCallbackIsIgnoredAsNewmanDoes() {
        ScriptRun run = run();
        ScriptResult result = run.test(sandbox, "pm.cookies.jar().set('http://127.0.0.1/', 's', 'v', () => {",
                "  throw new TypeError('in jar callback');",
                "});");
        assertThat(result.error()).isNull();
    }

    @Test
    void cookieJarCallbacksAndPromises() {
        ScriptRun run = run();
        ScriptResult result = run.test(sandbox,
                "const jar = pm.cookies.jar();",
                "jar.set('http://127.0.0.1/', 'session', 'abc', (err, cookie) => {",
                "  jar.get('http://127.0.0.1/', 'session', (err2, value) => pm.test('get', () => pm.expect(value).to.equal('abc')));",
                "});",
                "const all = await jar.getAll('http://127.0.0.1/');",
                "pm.test('getAll', () => pm.expect(all.toObject()).to.eql({session: 'abc'}));");
        assertThat(result.error()).isNull();
        assertThat(run.outcomes()).containsExactlyInAnyOrder("pass get", "pass getAll");
    }

    @Test
    void timersRunInOrderAndTheScriptWaitsForThem() {
        ScriptRun run = run();
        run.test(sandbox, "const seen = [];",
                "setTimeout(() => seen.push('b'), 60); setTimeout(() => seen.push('a'), 20); setImmediate(() => seen.push('now'));",
                "const id = setInterval(() => { seen.push('tick'); if (seen.filter(s => s === 'tick').length === 2) clearInterval(id); }, 40);",
                "setTimeout(() => pm.test('order', () => pm.expect(seen).to.eql(['now', 'a', 'tick', 'b', 'tick'])), 200);");
        assertThat(run.outcomes()).containsExactly("pass order");
    }

    @Test
    void vaultAndPackagesAreCallerProvided(@TempDir Path packages) throws IOException {
        Files.writeString(packages.resolve("greeter.js"), "module.exports = { greet: (n) => 'hello ' + n };");
        try (GraalSandbox own = new GraalSandbox(new SandboxOptions(packages, Map.of("token", "s3cret"), 0))) {
            ScriptRun run = run();
            ScriptResult result = run.test(own,
                    "const token = await pm.vault.get('token');",
                    "pm.test('vault', () => pm.expect(token).to.equal('s3cret'));",
                    "pm.test('package', () => pm.expect(pm.require('npm:greeter@1.0.0').greet('x')).to.equal('hello x'));",
                    "pm.test('missing package', () => pm.require('../../etc/passwd'));");
            assertThat(result.error()).isNull();
            assertThat(run.outcomes()).containsExactly("pass vault", "pass package",
                    "FAIL missing package | Error: Cannot find package '../../etc/passwd'");
        }
        ScriptRun plain = run();
        assertThat(plain.test(sandbox, "pm.require('x')").error().message()).isEqualTo("pm.require is not a function");
    }
}
