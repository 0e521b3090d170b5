// The sandbox's base layer, evaluated once per context: removes engine globals a script must not see, installs the
// timers and Node-like globals scripts expect, require() over the bundled libraries, and the per-script event loop
// the host drives. Returns the internal namespace the other glue files extend; scripts never see it.
(function (host) {
    'use strict';

    for (const name of ['load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'exit', 'read', 'readbuffer',
        'readline', 'Graal', 'Polyglot', 'Java', 'Packages', 'java', 'javax', 'com', 'org', 'edu', 'net', 'console']) {
        try { delete globalThis[name]; } catch (e) { /* not configurable: left alone */ }
    }

    const jn = { host };
    const define = (name, value) => Object.defineProperty(globalThis, name,
        { value, writable: true, configurable: true, enumerable: false });
    const lazyGlobal = (name, load) => Object.defineProperty(globalThis, name, {
        configurable: true, enumerable: false,
        get() { const v = load(); define(name, v); return v; },
        set(v) { define(name, v); }
    });
    jn.lazyGlobal = lazyGlobal;

    // ---- libraries: one bundle per module, evaluated on first use ----
    const libraries = new Map();
    const OFFERED = new Set(['lodash', 'moment', 'chai', 'uuid', 'ajv', 'tv4', 'crypto-js', 'cheerio', 'xml2js',
        'csv-parse/lib/sync', 'backbone', 'atob', 'btoa', 'postman-collection', 'assert', 'buffer', 'events', 'path',
        'url', 'util', 'stream', 'string_decoder', 'querystring', 'punycode', 'timers']);
    jn.library = function (name) {
        if (!libraries.has(name)) {
            const factory = host.library(name);
            libraries.set(name, factory());
        }
        return libraries.get(name);
    };
    function require(name) {
        name = String(name);
        if (name === 'chai') return jn.chai;
        if (OFFERED.has(name)) return jn.library(name);
        const error = new Error(`Cannot find module '${name}'`);
        error.code = 'MODULE_NOT_FOUND';
        throw error;
    }
    define('require', require);
    define('global', globalThis);
    lazyGlobal('Buffer', () => jn.library('buffer').Buffer);

    // ---- timers and the event loop ----
    // A timer is {id, at, fn, args, interval, kind}; kind 'event' marks host work (sendRequest, cookie jar). Errors
    // thrown in any callback, timer or event, are ignored as Newman 6.2.2 does (verified: no failure, exit code 0);
    // only pm.execution.skipRequest() called in a callback reaches the host.
    let timers = new Map();
    let nextId = 1;
    let loopErrors = [];
    function addTimer(fn, ms, args, interval, kind) {
        if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
        const delay = Math.max(0, Number(ms) || 0);
        const id = nextId++;
        timers.set(id, { id, at: Date.now() + delay, seq: id, fn, args, interval: interval ? Math.max(1, delay) : 0, kind });
        return id;
    }
    const clear = (id) => { if (id && typeof id === 'object') id = id.id; timers.delete(id); };
    define('setTimeout', function setTimeout(fn, ms, ...args) { return addTimer(fn, ms, args, false, 'timer'); });
    define('setInterval', function setInterval(fn, ms, ...args) { return addTimer(fn, ms, args, true, 'timer'); });
    define('setImmediate', function setImmediate(fn, ...args) { return addTimer(fn, -1, args, false, 'timer'); });
    define('clearTimeout', function clearTimeout(id) { clear(id); });
    define('clearInterval', function clearInterval(id) { clear(id); });
    define('clearImmediate', function clearImmediate(id) { clear(id); });
    if (typeof globalThis.queueMicrotask !== 'function') {
        define('queueMicrotask', function queueMicrotask(fn) { Promise.resolve().then(() => fn()); });
    }
    jn.queueEvent = (fn) => addTimer(fn, 0, [], false, 'event');

    jn.loop = {
        reset() { timers = new Map(); loopErrors = []; },
        // milliseconds until the next timer is due, 0 when one is due now, -1 when nothing is pending
        nextDelay() {
            let best = null;
            for (const t of timers.values()) {
                if (best === null || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
            }
            return best === null ? -1 : Math.max(0, best.at - Date.now());
        },
        // runs the earliest due timer; microtasks drain when this host call returns
        runDue() {
            let best = null;
            const now = Date.now();
            for (const t of timers.values()) {
                if (t.at <= now && (best === null || t.at < best.at || (t.at === best.at && t.seq < best.seq))) best = t;
            }
            if (best === null) return;
            if (best.interval) {
                // the next run is due one interval after this one was due, so a late run does not shift the rest
                best.at = Math.max(best.at + best.interval, now);
                best.seq = nextId++;
            } else {
                timers.delete(best.id);
            }
            try {
                best.fn.apply(globalThis, best.args);
            } catch (e) {
                if (e && e.__jnSkipRequest) loopErrors.push(e);
            }
        },
        takeError() { return loopErrors.shift(); }
    };

    // ---- small Web/Node globals GraalJS lacks ----
    class TextEncoder {
        get encoding() { return 'utf-8'; }
        encode(input = '') { return new Uint8Array(jn.library('buffer').Buffer.from(String(input), 'utf8')); }
    }
    class TextDecoder {
        constructor(label = 'utf-8') { this.encoding = String(label).toLowerCase(); }
        decode(input) {
            if (input === undefined) return '';
            const Buffer = jn.library('buffer').Buffer;
            const bytes = ArrayBuffer.isView(input) ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
                : Buffer.from(input);
            return bytes.toString(this.encoding === 'utf-8' || this.encoding === 'utf8' ? 'utf8' : this.encoding);
        }
    }
    define('TextEncoder', TextEncoder);
    define('TextDecoder', TextDecoder);
    lazyGlobal('atob', () => jn.library('atob'));
    lazyGlobal('btoa', () => jn.library('btoa'));
    define('crypto', {
        getRandomValues(array) {
            if (!ArrayBuffer.isView(array)) throw new TypeError('Argument must be a typed array');
            const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
            const hex = host.randomHex(bytes.length);
            for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
            return array;
        },
        randomUUID() { return jn.library('uuid').v4(); }
    });
    define('structuredClone', function structuredClone(value) {
        const seen = new Map();
        const clone = (v) => {
            if (v === null || typeof v !== 'object') {
                if (typeof v === 'function' || typeof v === 'symbol') {
                    const e = new Error(`${String(v)} could not be cloned.`);
                    e.name = 'DataCloneError';
                    throw e;
                }
                return v;
            }
            if (seen.has(v)) return seen.get(v);
            let out;
            if (v instanceof Date) out = new Date(v.getTime());
            else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
            else if (v instanceof Map) { out = new Map(); seen.set(v, out); v.forEach((x, k) => out.set(clone(k), clone(x))); return out; }
            else if (v instanceof Set) { out = new Set(); seen.set(v, out); v.forEach((x) => out.add(clone(x))); return out; }
            else if (ArrayBuffer.isView(v)) out = v.slice();
            else if (Array.isArray(v)) { out = []; seen.set(v, out); v.forEach((x, i) => { out[i] = clone(x); }); return out; }
            else { out = {}; seen.set(v, out); for (const k of Object.keys(v)) out[k] = clone(v[k]); return out; }
            seen.set(v, out);
            return out;
        };
        return clone(value);
    });
    lazyGlobal('URL', () => jn.library('whatwg-url').URL);
    lazyGlobal('URLSearchParams', () => jn.library('whatwg-url').URLSearchParams);

    // what Node 20's JSON.parse says about undefined, which liquid-json passes on unchanged
    jn.undefinedJson = () => {
        const e = new SyntaxError('"undefined" is not valid JSON');
        e.name = 'JSONError';
        return e;
    };

    // The sandbox's JSON: native parsing, with liquid-json's BOM handling and JSONError messages on failure.
    jn.JSON = {
        parse(text, reviver, relaxed) {
            if (text === undefined) throw jn.undefinedJson();
            try {
                return JSON.parse(typeof text === 'string' && text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text, reviver);
            } catch (e) {
                return jn.library('liquid-json').parse(text, reviver, relaxed);
            }
        },
        stringify(...args) {
            try {
                return JSON.stringify(...args);
            } catch (e) {
                e.name = 'JSONError';
                throw e;
            }
        }
    };

    // Newman's sandbox boots with Sugar (1.3), which extends the built-ins: old scripts call responseBody.has(…) and
    // the like. Loading it is slow, so every name it adds starts as a stub that loads it on first touch.
    const sugarNames = jn.library('sugar-names');
    const targetOf = (path) => path.split('.').reduce((o, k) => o[k], globalThis);
    const removeSugarStubs = () => {
        for (const [path, names] of Object.entries(sugarNames)) {
            const target = targetOf(path);
            for (const name of names) {
                const d = Object.getOwnPropertyDescriptor(target, name);
                if (d && d.get && d.get.__jnSugarStub) delete target[name];
            }
        }
    };
    // (one defineProperties per built-in rather than one defineProperty per name: half the start-up cost)
    for (const [path, names] of Object.entries(sugarNames)) {
        const target = targetOf(path);
        const stubs = {};
        for (const name of names) {
            if (Object.prototype.hasOwnProperty.call(target, name)) continue;
            const get = function () {
                removeSugarStubs();
                jn.library('sugar');
                return this[name];
            };
            get.__jnSugarStub = true;
            stubs[name] = {
                configurable: true, enumerable: false, get,
                // assigning the name on an object below the stub (fn.cancel = …) makes an own property, as without Sugar
                set(value) {
                    Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: this !== target });
                }
            };
        }
        Object.defineProperties(target, stubs);
    }

    return jn;
})
