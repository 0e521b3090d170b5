// Compiles and starts one script. Like Newman's sandbox, the script body becomes a function whose parameters are the
// sandbox globals (pm, console, timers, the legacy names and libraries), so `const data = …` in a script is a
// SyntaxError and top-level `return` works. Compiled functions are cached by event and source, and scripts that
// differ only in their literals share one (LiteralTemplate). Returns the API the host drives: start(...) for the
// synchronous part, then the event loop (jn.loop) until nothing is pending.
(function (jn) {
    'use strict';

    const host = jn.host;
    const chai = jn.library('chai');
    const lazyLodash = {
        forOwn: (o, fn) => Object.keys(o).forEach((k) => fn(o[k], k)),
        isNumber: (v) => typeof v === 'number',
        isString: (v) => typeof v === 'string',
        isPlainObject: (v) => jn.library('lodash').isPlainObject(v),
        isEqual: (a, b) => jn.library('lodash').isEqual(a, b),
        has: (o, p) => jn.library('lodash').has(o, p),
        get: (o, p) => jn.library('lodash').get(o, p)
    };
    function Ajv(options) { return new (jn.library('ajv'))(options); }
    chai.use(jn.library('chai-postman')({ Request: jn.Request, Response: jn.Response }, lazyLodash, Ajv));
    jn.chai = chai;
    // pm.expect is on pm's prototype, as in newman's sandbox
    jn.Postman.prototype.expect = chai.expect;

    const TIMER_NAMES = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'];
    const LEGACY_PRE = ['tests', 'globals', 'environment', 'data', 'request', 'iteration', 'postman'];
    const LEGACY_TEST = ['responseCookies', 'responseHeaders', 'responseTime', 'responseCode', 'responseBody'];
    const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

    // the parameters every compiled script has, in this order; the legacy names it uses follow them
    const FIXED_PARAMS = ['pm', 'console', 'Buffer', ...TIMER_NAMES, 'JSON'];

    // the names a script's source is scanned for: the legacy globals of its event, Buffer and console
    const candidatesByEvent = new Map();
    function candidatesOf(event) {
        let candidates = candidatesByEvent.get(event);
        if (candidates === undefined) {
            candidates = [...LEGACY_PRE, ...(event === 'test' ? LEGACY_TEST : []), ...jn.legacyLibraryNames,
                'Buffer', 'console'].join(',');
            candidatesByEvent.set(event, candidates);
        }
        return candidates;
    }

    // functions compiled from a text (a source, or a template of sources that differ only in their literals), by
    // event, then by text
    const compiledTexts = new Map();
    function compileText(event, text, literalCount) {
        let ofEvent = compiledTexts.get(event);
        if (ofEvent === undefined) compiledTexts.set(event, ofEvent = new Map());
        let shared = ofEvent.get(text);
        if (shared) return shared;
        const mentioned = host.mentionedNames(text, candidatesOf(event));
        const used = mentioned === '' ? [] : mentioned.split(',');
        const legacy = used.filter((n) => n !== 'Buffer' && n !== 'console');
        // a parameter for each legacy name the script names, not for all of them: a script cannot tell a name it never
        // names (eval names them all) from one that is not there, and each parameter costs the parser
        const literalNames = literalCount === 0 ? [] : host.literalNames(literalCount).split(',');
        const params = [...FIXED_PARAMS, ...legacy, ...literalNames];
        const body = `;var arguments = undefined;\n${text}\n;`;
        let fn;
        try {
            fn = Function(...params, body);
        } catch (e) {
            // top-level await (beyond Newman): the same body as an async function
            if (!(e instanceof SyntaxError) || !/\bawait\b/.test(text)) throw e;
            try { fn = AsyncFunction(...params, body); } catch (ignored) { throw e; }
        }
        // the arguments, filled in per run: the fixed ones, then the legacy values, then the literals
        const args = new Array(params.length).fill(undefined);
        args[FIXED_PARAMS.indexOf('JSON')] = jn.JSON;
        shared = { fn, args, legacy, buffer: used.includes('Buffer'), console: used.includes('console'),
            literalsAt: FIXED_PARAMS.length + legacy.length, liftedFrom: undefined };
        ofEvent.set(text, shared);
        return shared;
    }

    // compiled scripts by event, then by source
    const compiled = new Map();
    function compile(event, source) {
        let ofEvent = compiled.get(event);
        if (ofEvent === undefined) compiled.set(event, ofEvent = new Map());
        let entry = ofEvent.get(source);
        if (entry) return entry;
        const lifted = host.literalTemplate(source);
        if (lifted !== null) {
            // [template text, literal values...]
            const t = JSON.parse(lifted);
            const text = t[0];
            let shared;
            try {
                shared = compileText(event, text, t.length - 1);
            } catch (e) {
                // the source's own error, in its own words (or the source as it is, should lifting have upset it)
                shared = undefined;
            }
            if (shared) {
                const args = shared.args.slice();
                for (let i = 1; i < t.length; i++) args[shared.literalsAt + i - 1] = t[i];
                entry = Object.assign({}, shared, { args, liftedFrom: source });
            }
        }
        if (entry === undefined) entry = compileText(event, source, 0);
        ofEvent.set(source, entry);
        return entry;
    }

    // text that quotes a lifted script's template (an error message, a function's source) with its literals back
    jn.restoreLiterals = (text) => {
        const source = jn.liftedFrom;
        if (source === undefined || typeof text !== 'string' || text.indexOf('\u2113') < 0) return text;
        return host.restoreLiterals(source, text);
    };
    const nativeToString = Function.prototype.toString;
    const toString = {
        toString() {
            if (this === toString) return 'function toString() { [native code] }';
            return jn.restoreLiterals(nativeToString.call(this));
        }
    }.toString;
    Object.defineProperty(Function.prototype, 'toString', { value: toString, writable: true, enumerable: false, configurable: true });

    const reportError = (e) => { const p = jn.errorParts(e); host.scriptError(p.name, p.message, p.stack); };

    // meta: {event, info:{…}, request: postman JSON or null, response: {response, body} or null, cookies: [...]};
    // vault and packages: whether the run offers pm.vault and require() of its packages folder
    let current;
    function start(source, metaJson, vault, packages) {
        jn.loop.reset();
        current = undefined;
        const meta = JSON.parse(metaJson);
        const emit = (level, messages) => host.console(level, messages);
        const exec = {
            event: meta.event,
            info: meta.info,
            console: undefined,
            assertionIndex: 0,
            hasRequest: Boolean(meta.request),
            response: meta.event === 'test' ? (meta.response ? jn.responseFromHost(meta.response) : new jn.Response(null, undefined)) : undefined,
            vault: vault ? jn.createVault() : undefined,
            packageRequire: packages ? jn.packageRequire : undefined
        };
        // pm.request and pm.cookies are built on first use: many scripts touch neither, and an untouched request
        // need not travel back to the host after a pre-request script
        let request, cookies;
        Object.defineProperties(exec, {
            request: { get() { if (request === undefined && meta.request) request = new jn.Request(meta.request); return request; } },
            requestBuilt: { get() { return request !== undefined; } },
            cookies: { get() { if (cookies === undefined) { cookies = jn.cookieList(meta.cookies || []); cookies.jar = jn.cookieJar; } return cookies; } }
        });
        current = exec;
        jn.liftedFrom = undefined;
        let entry;
        try {
            entry = compile(meta.event, source);
        } catch (e) {
            reportError(e);
            return;
        }
        // a script that does not name `console` cannot reach its parameter, so it gets the shared console (which
        // the legacy warnings write to) instead of a fresh one
        jn.liftedFrom = entry.liftedFrom;
        exec.console = entry.console ? jn.createConsole(emit) : jn.sharedConsole;
        exec.pm = jn.createPm(exec);
        const legacy = jn.createLegacy(exec, entry.legacy);
        const args = entry.args.slice();
        args[0] = exec.pm;
        args[1] = exec.console;
        if (entry.buffer) args[2] = globalThis.Buffer;
        for (let i = 0; i < TIMER_NAMES.length; i++) args[3 + i] = globalThis[TIMER_NAMES[i]];
        for (let i = 0; i < entry.legacy.length; i++) args[FIXED_PARAMS.length + i] = legacy.values[entry.legacy[i]];
        try {
            const result = entry.fn.apply(globalThis, args);
            if (result && typeof result.then === 'function') {
                result.then(undefined, (e) => { if (e !== jn.skipSignal) reportError(e); });
            }
        } catch (e) {
            if (e !== jn.skipSignal) reportError(e);
        }
        legacy.finish();
    }

    // the request after the script, for the host to send (pre-request mutations, kept even when the script failed)
    function requestOf() { return current && current.requestBuilt ? JSON.stringify(current.request.toJSON()) : null; }

    return {
        start,
        requestOf,
        nextDelay: () => jn.loop.nextDelay(),
        runDue() {
            jn.loop.runDue();
            const e = jn.loop.takeError();
            if (e !== undefined && e !== jn.skipSignal) reportError(e);
        },
        compileOnly(event, source) { compile(event, source); }
    };
})
