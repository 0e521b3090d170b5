// The pm object of one script execution, as newman 6.2.2's sandbox exposes it: tests and assertions, the variable
// scopes (backed by the run's Java scopes through the host), pm.request / pm.response, cookies, sendRequest and flow
// control. `exec` is the per-execution state: {event, host, console, assertionIndex, request, response}.
(function (jn) {
    'use strict';

    const host = jn.host;
    const fromHost = (json) => (json === null || json === undefined ? undefined : JSON.parse(json));
    // pm is a Postman, as in newman's sandbox: its fields are its own, read-only and left out of enumeration (as are
    // pm.info's), except `test`, which is enumerable and writable, and `expect` is on its prototype; so
    // Object.keys(pm) is ['test'] and JSON.stringify(pm.info) is '{}' there too. A field whose value is undefined is
    // left out, as newman leaves it out. They are defined with descriptor objects written out in order and one
    // defineProperties call: a generic loop over the values cost an interpreter three times as much per script.
    const field = (value) => ({ value });
    const getter = (get) => ({ get });
    function Postman() {}
    // (execute.js puts chai's expect on it, once chai is loaded)
    jn.Postman = Postman;
    // built on first read and the same object on every read after
    const memo = (make) => {
        let made;
        return () => (made === undefined ? (made = make()) : made);
    };

    jn.errorParts = (e) => {
        if (e === null || e === undefined) return { name: 'Error', message: String(e), stack: '' };
        if (typeof e !== 'object' && typeof e !== 'function') return { name: 'Error', message: String(e), stack: '' };
        return { name: e.name === undefined ? 'Error' : String(e.name),
            message: e.message === undefined ? '' : jn.restoreLiterals(String(e.message)),
            stack: e.stack === undefined ? '' : jn.restoreLiterals(String(e.stack)) };
    };

    // ---- variable scopes ----
    function variableScope(id, exec) {
        const api = {
            get(key) { return fromHost(host.scopeGet(id, String(key))); },
            set(key, value) {
                if (key === undefined || key === null) return;
                if (typeof key === 'object') { Object.entries(key).forEach(([k, v]) => api.set(k, v)); return; }
                // undefined (and values JSON cannot hold, like functions) are stored as null
                host.scopeSet(id, String(key), value === undefined ? null : jn.JSON.stringify(value) ?? null);
            },
            unset(key) { host.scopeUnset(id, String(key)); },
            has(key) { return host.scopeHas(id, String(key)); },
            clear() { host.scopeClear(id); },
            toObject() { return fromHost(host.scopeObject(id)); },
            toJSON() { return { values: Object.entries(api.toObject()).map(([key, value]) => ({ key, value })) }; },
            replaceIn(template) {
                if (typeof template !== 'string') return template;
                return host.replaceIn(id, template);
            }
        };
        if (id === 'environment' || id === 'globals' || id === 'collectionVariables') {
            const name = host.scopeName(id);
            if (name !== null && name !== undefined) api.name = name;
        }
        return api;
    }

    // pm.iterationData reads the row; set/unset only change what this script sees, as in Newman
    function iterationData() {
        const overlay = new Map();
        const base = variableScope('iterationData');
        return {
            get(key) { return overlay.has(String(key)) ? overlay.get(String(key)) : base.get(key); },
            has(key) { return overlay.has(String(key)) ? overlay.get(String(key)) !== undefined : base.has(key); },
            set(key, value) { overlay.set(String(key), value); },
            unset(key) { overlay.set(String(key), undefined); },
            clear() { for (const k of Object.keys(base.toObject())) overlay.set(k, undefined); },
            toObject() {
                const out = base.toObject();
                overlay.forEach((v, k) => { if (v === undefined) delete out[k]; else out[k] = v; });
                return out;
            },
            toJSON() { return { values: Object.entries(this.toObject()).map(([key, value]) => ({ key, value })) }; },
            replaceIn(template) { return base.replaceIn(template); }
        };
    }

    // ---- pm.test ----
    function testApi(pm, exec) {
        const report = (assertion) => {
            const err = assertion.error ? jn.errorParts(assertion.error) : null;
            host.assertion(assertion.name, assertion.index, assertion.skipped,
                err ? err.name : null, err ? err.message : null, err ? err.stack : null);
        };
        const make = (name, skipped) => ({ name: String(name), skipped: Boolean(skipped), error: null, index: exec.assertionIndex++ });
        const test = function (name, fn) {
            const assertion = make(name, false);
            if (typeof fn !== 'function') { report(assertion); return pm; }
            if (fn.length) {
                let reported = false;
                try {
                    fn(function (err) {
                        if (reported && assertion.error) return;
                        if (err) assertion.error = err;
                        reported = true;
                        report(assertion);
                    });
                } catch (e) {
                    assertion.error = e;
                    reported = true;
                    report(assertion);
                }
                return pm;
            }
            let result;
            try {
                result = fn();
            } catch (e) {
                assertion.error = e;
            }
            if (!assertion.error && result && typeof result.then === 'function') {
                // an async test counts when its promise settles; a rejection is a failed assertion
                result.then(() => report(assertion), (e) => { assertion.error = e; report(assertion); });
                return pm;
            }
            report(assertion);
            return pm;
        };
        test.skip = function (name) { report(make(name, true)); return pm; };
        test.index = function () { return exec.assertionIndex; };
        return test;
    }

    // ---- cookies ----
    const cookieFromHost = (c) => (c ? { name: c.name, value: c.value, domain: c.domain, path: c.path, expires: c.expires,
        secure: c.secure, httpOnly: c.httpOnly, hostOnly: c.hostOnly } : c);
    function cookieJar() {
        const later = (cb, work) => {
            const p = new Promise((resolve, reject) => {
                jn.queueEvent(() => {
                    let result;
                    try {
                        result = work();
                    } catch (e) {
                        if (typeof cb === 'function') cb(e);
                        reject(e);
                        return;
                    }
                    if (typeof cb === 'function') cb(null, result);
                    resolve(result);
                });
            });
            if (typeof cb === 'function') p.catch(() => {});
            return p;
        };
        const urlOf = (url, method) => {
            if (!url) throw new TypeError(`CookieJar.${method}() requires a valid url`);
            return String(url);
        };
        return {
            get(url, name, cb) {
                url = urlOf(url, 'get');
                if (typeof name !== 'string') throw new TypeError('CookieJar.get() requires cookie name to be a string');
                return later(cb, () => {
                    const c = fromHost(host.jarGet(url, name));
                    return c ? c.value : null;
                });
            },
            getAll(url, options, cb) {
                url = urlOf(url, 'getAll');
                if (typeof options === 'function') cb = options;
                return later(cb, () => jn.cookieList(fromHost(host.jarGetAll(url)).map(cookieFromHost)));
            },
            set(url, name, value, cb) {
                url = urlOf(url, 'set');
                let cookie;
                if (typeof value === 'function' && cb === undefined) { cb = value; value = undefined; }
                if (name && typeof name === 'object') cookie = { ...name, name: name.name || name.key };
                else if (typeof name === 'string' && value !== undefined && value !== null) cookie = { name, value: String(value) };
                else if (typeof name === 'string') {
                    const [pair] = name.split(';');
                    const eq = pair.indexOf('=');
                    cookie = { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
                } else throw new TypeError('CookieJar.set() requires a valid set cookie arguments');
                return later(cb, () => cookieFromHost(fromHost(host.jarSet(url, JSON.stringify(cookie)))));
            },
            unset(url, name, cb) {
                url = urlOf(url, 'unset');
                if (typeof name !== 'string') throw new TypeError('CookieJar.unset() requires cookie name to be a string');
                return later(cb, () => { host.jarUnset(url, name); return undefined; });
            },
            clear(url, cb) {
                url = urlOf(url, 'clear');
                return later(cb, () => { host.jarClear(url); return undefined; });
            }
        };
    }

    // ---- pm.sendRequest ----
    function requestDefinition(req) {
        if (req instanceof jn.Request) return req.toJSON();
        if (typeof req === 'string') return { url: req, method: 'GET' };
        const def = { ...req };
        if (def.url instanceof jn.Url) def.url = def.url.toJSON();
        if (def.header && !Array.isArray(def.header)) {
            def.header = new jn.Request({ header: def.header }).headers.toJSON();
        } else if (def.header instanceof jn.PropertyList) def.header = def.header.toJSON();
        if (def.body instanceof jn.RequestBody) def.body = def.body.toJSON();
        if (def.method) def.method = String(def.method).toUpperCase();
        return def;
    }
    jn.responseFromHost = (out) => new jn.Response(out.response, out.body);

    function sendRequest(pm) {
        return function (req, callback) {
            if (!req) {
                const err = new Error('sendrequest: nothing to request');
                if (typeof callback === 'function') { callback.call(pm, err); return pm; }
                return Promise.reject(err);
            }
            const json = JSON.stringify(requestDefinition(req));
            const promise = new Promise((resolve, reject) => {
                jn.queueEvent(() => {
                    const out = JSON.parse(host.sendRequest(json));
                    if (out.error) {
                        const err = Object.assign(new Error(out.error.message), out.error);
                        if (typeof callback === 'function') callback.call(pm, err, new jn.Response(null, undefined), { cookies: jn.cookieList([]) });
                        reject(err);
                        return;
                    }
                    const response = jn.responseFromHost(out);
                    if (typeof callback === 'function') {
                        callback.call(pm, null, response, { cookies: jn.cookieList(out.response.cookies || []) });
                    }
                    resolve(response);
                });
            });
            if (typeof callback === 'function') promise.catch(() => {});
            return promise;
        };
    }

    jn.cookieJar = cookieJar;

    jn.skipSignal = Object.freeze({ __jnSkipRequest: true });

    // pm.vault (beyond Newman): read-only secrets the caller passed in, with Postman's promise-based API
    jn.createVault = function () {
        return {
            get(key) { return Promise.resolve(fromHost(host.vaultGet(String(key)))); },
            set() { return Promise.reject(new Error('pm.vault.set is not supported: vault secrets are read-only')); },
            unset() { return Promise.reject(new Error('pm.vault.unset is not supported: vault secrets are read-only')); }
        };
    };

    // pm.require (beyond Newman): CommonJS package scripts from the --packages folder, each evaluated once per run
    const packages = new Map();
    jn.packageRequire = function (name) {
        name = String(name);
        if (packages.has(name)) return packages.get(name).exports;
        const source = host.packageSource(name);
        if (source === null || source === undefined) throw new Error(`Cannot find package '${name}'`);
        const module = { id: name, exports: {} };
        packages.set(name, module);
        try {
            Function('exports', 'module', 'require', source)(module.exports, module, globalThis.require);
        } catch (e) {
            packages.delete(name);
            throw new Error(`Error in package '${name}': ${e && e.message ? e.message : e}`);
        }
        return module.exports;
    };

    jn.createPm = function (exec) {
        const i = exec.info;
        const pm = new Postman();
        const location = (i.location || []).slice();
        location.current = i.current;
        const info = { eventName: field(exec.event), iteration: field(i.iteration), iterationCount: field(i.iterationCount) };
        if (i.requestName !== undefined) info.requestName = field(i.requestName);
        if (i.requestId !== undefined) info.requestId = field(i.requestId);
        const fields = {
            info: field(Object.defineProperties({}, info)),
            // scripts use one or two scopes, and each costs a host call for its name
            globals: getter(memo(() => variableScope('globals', exec))),
            environment: getter(memo(() => variableScope('environment', exec))),
            collectionVariables: getter(memo(() => variableScope('collectionVariables', exec))),
            variables: getter(memo(() => variableScope('variables', exec))),
            iterationData: getter(memo(iterationData))
        };
        if (exec.hasRequest) fields.request = getter(() => exec.request);
        if (exec.response !== undefined) fields.response = field(exec.response);
        fields.cookies = getter(() => exec.cookies);
        fields.visualizer = field({
            set(template, data, options) {
                if (typeof template !== 'string') throw new Error(`Invalid template. Template must be of type string, found ${typeof template}`);
                if (data && typeof data !== 'object') throw new Error(`Invalid data. Data must be an object, found ${typeof data}`);
                if (options && typeof options !== 'object') throw new Error(`Invalid options. Options must be an object, found ${typeof options}`);
                exec.visualizer = { template, data, options };
            },
            clear() { exec.visualizer = undefined; }
        });
        fields.sendRequest = field(sendRequest(pm));
        fields.execution = field({
            skipRequest() {
                if (exec.event !== 'prerequest') throw new TypeError('pm.execution.skipRequest is not a function');
                host.skipRequest();
                throw jn.skipSignal;
            },
            location,
            setNextRequest(target) { host.setNextRequest(target === null || target === undefined ? null : String(target)); }
        });
        Object.defineProperties(pm, fields);
        pm.test = testApi(pm, exec);
        // (beyond newman 6.2.2, after its fields)
        if (exec.vault !== undefined) Object.defineProperty(pm, 'vault', field(exec.vault));
        if (exec.packageRequire !== undefined) Object.defineProperty(pm, 'require', field(exec.packageRequire));
        return pm;
    };
})
