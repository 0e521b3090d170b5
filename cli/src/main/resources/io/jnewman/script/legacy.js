// The legacy (pre-pm) script API newman 6.2.2 still offers: tests[], responseBody and friends, the postman object,
// environment/globals/data snapshots and the library globals. Object-valued legacy globals warn once per script on
// first use, as Newman does.
(function (jn) {
    'use strict';

    const host = jn.host;
    const ALTERNATIVES = {
        tests: 'pm.test()', globals: 'pm.globals', environment: 'pm.environment', data: 'pm.iterationData',
        request: 'pm.request', responseCookies: 'pm.cookies', responseHeaders: 'pm.response.headers',
        responseTime: 'pm.response.responseTime', responseCode: 'pm.response.code', responseBody: 'pm.response.text()',
        iteration: 'pm.info.iteration', _: "require('lodash')", CryptoJS: "require('crypto-js')", atob: "require('atob')",
        btoa: "require('btoa')", tv4: "require('ajv')", xml2Json: "require('xml2js')", Backbone: "require('backbone')",
        cheerio: "require('cheerio')", 'postman.setNextRequest': 'pm.execution.setNextRequest()'
    };

    // library globals, loaded only when a script mentions them
    const LIBRARIES = {
        _: () => jn.library('lodash3'),
        CryptoJS: () => jn.library('crypto-js'),
        atob: () => jn.library('atob'),
        btoa: () => jn.library('btoa'),
        tv4: () => jn.library('tv4'),
        xml2Json: () => jn.xml2Json,
        Backbone: () => jn.library('backbone'),
        cheerio: () => jn.library('cheerio')
    };
    jn.legacyLibraryNames = Object.keys(LIBRARIES);

    jn.xml2Json = function xml2Json(string) {
        const xml2js = jn.library('xml2js');
        let result = {};
        // as postman-sandbox's xml2Json: the callback's result whatever the error, so text that is not XML gives undefined
        new xml2js.Parser({ explicitArray: false, async: false, trim: true, mergeAttrs: false })
            .parseString(string, (err, parsed) => { result = parsed; });
        return result;
    };

    class LegacyInterface {
        constructor(exec, snapshot) {
            this.__exec = exec;
            this.__snapshot = snapshot;
        }
        setEnvironmentVariable(key, value) {
            if ((value === false || value) && typeof (value && value.toString) === 'function') value = value.toString();
            this.__snapshot.environment[key] = value;
            return this.__exec.pm.environment.set(key, value);
        }
        getEnvironmentVariable(key) { return this.__exec.pm.environment.get(key); }
        clearEnvironmentVariables() {
            for (const k of Object.keys(this.__snapshot.environment)) delete this.__snapshot.environment[k];
            return this.__exec.pm.environment.clear();
        }
        clearEnvironmentVariable(key) {
            if (key) delete this.__snapshot.environment[key];
            return this.__exec.pm.environment.unset(key);
        }
        setGlobalVariable(key, value) {
            if ((value === false || value) && typeof (value && value.toString) === 'function') value = value.toString();
            this.__snapshot.globals[key] = value;
            return this.__exec.pm.globals.set(key, value);
        }
        getGlobalVariable(key) { return this.__exec.pm.globals.get(key); }
        clearGlobalVariables() {
            for (const k of Object.keys(this.__snapshot.globals)) delete this.__snapshot.globals[k];
            return this.__exec.pm.globals.clear();
        }
        clearGlobalVariable(key) {
            if (key) delete this.__snapshot.globals[key];
            return this.__exec.pm.globals.unset(key);
        }
        setNextRequest(what) { this.__exec.pm.execution.setNextRequest(what); }
    }
    class LegacyTestInterface extends LegacyInterface {
        getResponseCookie(name) {
            const cookie = this.__exec.cookies && this.__exec.cookies.one(String(name));
            return cookie;
        }
        getResponseHeader(name) {
            const response = this.__exec.response;
            const header = response && response.headers.one(name);
            return header ? header.value : undefined;
        }
    }

    function requestData(request) {
        const body = request.body;
        if (!body || body.isEmpty()) return {};
        const collect = (list) => list.members.reduce((acc, p) => {
            if (p.disabled) return acc;
            if (Object.prototype.hasOwnProperty.call(acc, p.key)) acc[p.key] = [].concat(acc[p.key], p.value);
            else acc[p.key] = p.value;
            return acc;
        }, {});
        switch (body.mode) {
            case 'raw': return body.raw || {};
            case 'urlencoded': return collect(body.urlencoded);
            case 'formdata': return collect(body.formdata);
            case 'file': return (body.file && body.file.content) || {};
            default: return {};
        }
    }

    // Builds the legacy globals for one execution. `wanted` lists the names the script mentions: only those are built.
    const NONE = Object.freeze({ values: Object.freeze({}), finish() {} });
    jn.createLegacy = function (exec, wanted) {
        if (wanted.length === 0) return NONE;
        const warned = new Set();
        let warnings = true;
        const warn = (key) => {
            if (!warnings || warned.has(key)) return;
            warned.add(key);
            exec.console.warn(ALTERNATIVES[key] ? `Using "${key}" is deprecated. Use "${ALTERNATIVES[key]}" instead.`
                : `Using "${key}" is deprecated.`);
        };
        const tracked = (key, target) => {
            if (!(target && (typeof target === 'object' || typeof target === 'function'))) return target;
            return new Proxy(target, {
                set(t, prop, value) { warn(key); t[prop] = value; return true; },
                get(t, prop) { warn(key === 'postman' ? 'postman.setNextRequest' : key); return t[prop]; },
                apply(t, thisArg, args) { warn(key); return t.apply(thisArg, args); }
            });
        };

        const tests = {};
        const snapshot = {};
        const values = {};
        const builders = {
            tests: () => tests,
            globals: () => (snapshot.globals = exec.pm.globals.toObject()),
            environment: () => (snapshot.environment = exec.pm.environment.toObject()),
            data: () => exec.pm.iterationData.toObject(),
            request: () => {
                const r = exec.request;
                if (!r) return {};
                return { id: exec.info.requestId, name: exec.info.requestName,
                    description: r.description === undefined || r.description === null ? undefined : String(r.description),
                    headers: r.headers.toObject(true, false, true, true), method: r.method, url: r.url.toString(),
                    data: requestData(r) };
            },
            iteration: () => exec.info.iteration,
            postman: () => {
                if (!snapshot.environment) builders.environment();
                if (!snapshot.globals) builders.globals();
                return new (exec.event === 'test' ? LegacyTestInterface : LegacyInterface)(exec, snapshot);
            }
        };
        if (exec.event === 'test') {
            const response = exec.response;
            Object.assign(builders, {
                responseCookies: () => exec.cookies || [],
                responseHeaders: () => {
                    const out = {};
                    if (response) response.headers.each((h) => { if (h && !h.disabled) out[h.key] = h.value; });
                    return out;
                },
                responseTime: () => (response ? response.responseTime : NaN),
                responseCode: () => (response && response.code !== undefined ? response.details() : { code: NaN, name: '', details: '' }),
                responseBody: () => (response ? response.text() : undefined)
            });
        }
        for (const [name, load] of Object.entries(LIBRARIES)) builders[name] = load;

        for (const name of wanted) {
            if (builders[name]) values[name] = tracked(name, builders[name]());
        }
        return {
            values,
            // after the synchronous part: tests[] entries become assertions, numbered after the pm.test ones
            finish() {
                warnings = false;
                for (const [key, value] of Object.entries(tests)) {
                    const index = exec.assertionIndex++;
                    if (value) host.assertion(String(key), index, false, null, null, null);
                    else host.assertion(String(key), index, false, 'AssertionError', `expected ${String(value)} to be truthy`, '');
                }
            }
        };
    };
})
