'use strict';
/*
 * Baseline for the compile check: every non-blank pre-request / test script of every collection in a corpus, wrapped
 * the way jnewman's sandbox wraps it (cli/src/main/resources/io/jnewman/script/execute.js: the body becomes a
 * Function whose parameters are the sandbox globals) and parsed by node's `new Function` without running it, as
 * Newman's node sandbox would parse it. One JSON line per script: { collection, index, item, event, ok, error }.
 * Scripts are visited in the order jnewman's CompileCheck.java visits them (collection, then items depth-first).
 *
 * Usage: node compile-check.js <corpusDir>
 */
const fs = require('fs');
const path = require('path');

const corpus = process.argv[2];
const TIMERS = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'];
const LEGACY_PRE = ['tests', 'globals', 'environment', 'data', 'request', 'iteration', 'postman'];
const LEGACY_TEST = ['responseCookies', 'responseHeaders', 'responseTime', 'responseCode', 'responseBody'];
const LIBRARIES = ['_', 'CryptoJS', 'atob', 'btoa', 'tv4', 'xml2Json', 'Backbone', 'cheerio'];

function params (event) {
    return ['pm', 'console', 'Buffer', ...TIMERS, 'JSON', ...LEGACY_PRE, ...(event === 'test' ? LEGACY_TEST : []),
        ...LIBRARIES];
}

function sourceOf (script) {
    if (!script) { return ''; }
    if (Array.isArray(script.exec)) { return script.exec.join('\n'); }

    return typeof script.exec === 'string' ? script.exec : '';
}

function scriptsOf (owner, name, out) {
    (Array.isArray(owner.event) ? owner.event : []).forEach((e) => {
        const source = e ? sourceOf(e.script) : '';

        if (e && (e.listen === 'prerequest' || e.listen === 'test') && source.trim() !== '') {
            out.push({ item: name, event: e.listen, source });
        }
    });
}

function walk (items, out) {
    (Array.isArray(items) ? items : []).forEach((item) => {
        if (!item || typeof item !== 'object') { return; }
        scriptsOf(item, item.name, out);
        walk(item.item, out);
    });
}

const features = JSON.parse(fs.readFileSync(path.join(corpus, 'features.json'), 'utf8'));

features.collections.forEach((c) => {
    const file = path.join(corpus, c.id);

    if (!fs.existsSync(file)) { return; }
    let json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

    if (json.collection && json.collection.item) { json = json.collection; }
    const scripts = [];

    scriptsOf(json, (json.info && json.info.name) || json.name, scripts);
    walk(json.item, scripts);
    scripts.forEach((s, index) => {
        let error = null;

        try {
            // eslint-disable-next-line no-new-func
            Function(...params(s.event), `;var arguments = undefined;\n${s.source}\n;`);
        }
        catch (e) {
            error = `${e.name}: ${e.message}`;
        }
        process.stdout.write(JSON.stringify({ collection: c.id, index, item: s.item, event: s.event, ok: !error, error }) +
            '\n');
    });
});
