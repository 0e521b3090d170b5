'use strict';
/*
 * Prepares the real-world corpus for a run against the catch-all server: for every collection listed in features.json
 * that is present, copies its repository folder into <out>/<n>/ and rewrites the copies so that every request goes to
 * http://127.0.0.1:<port>:
 *   - request URLs (strings and URL objects, pm.sendRequest literals in scripts): scheme + host (+ port) are replaced,
 *     path and query kept; hosts given by variables ({{baseUrl}}/path) are replaced the same way;
 *   - variable values in the collection, environment, globals and data files that are http(s) URLs.
 * Prints one JSON line per collection: { n, id, dir, collection, environment, globals, data, args, runArgs } and
 * writes runArgs NUL-separated to <dir>/.run-args.
 *
 * Usage: node prepare.js <corpusDir> <outDir> <port>
 */
const fs = require('fs');
const path = require('path');

const [corpus, outDir, port] = process.argv.slice(2);
const BASE = `http://127.0.0.1:${port}`;
const URL_IN_TEXT = /https?:\/\/[^/\s'"`?#{}]+(?:\{\{[^{}]*\}\}[^/\s'"`?#{}]*)*/g;

// flags the projects' own run instructions pass (features.json notes); the hosts they name are rewritten anyway
const EXTRA_ARGS = {
    'gothinkster__realworld/Conduit.postman_collection.json': ['--global-var', `APIURL=${BASE}/api`,
        '--global-var', 'USERNAME=u1', '--global-var', 'EMAIL=u1@example.com', '--global-var', 'PASSWORD=p1'],
    'CMSgov__bcda-app/BCDA_Tests_Sequential.postman_collection.json': ['--global-var', 'clientId=c1',
        '--global-var', 'clientSecret=s1', '--global-var', 'v2Disabled=false'],
    'CMSgov__bcda-app/BCDA_PAC_Postman_Smoke_Tests.postman_collection.json': ['--global-var', 'clientId=c1',
        '--global-var', 'clientSecret=s1']
};

/** "https://host:1/p?q" or "{{base}}/p" or "host/p" -> BASE + "/p?q" */
function rewriteUrlString (raw) {
    if (typeof raw !== 'string' || raw.trim() === '') { return raw; }
    const s = raw.trim().replace(/^[a-z][\w+.-]*:\/\//i, ''),
        cut = s.search(/[/?#]/);

    return BASE + (cut < 0 ? '' : (s[cut] === '/' ? '' : '/') + s.slice(cut));
}

function rewriteUrl (url) {
    if (typeof url === 'string') { return rewriteUrlString(url); }
    if (!url || typeof url !== 'object') { return url; }
    const out = Object.assign({}, url);

    out.protocol = 'http';
    out.host = ['127', '0', '0', '1'];
    out.port = String(port);
    if (typeof out.raw === 'string') { out.raw = rewriteUrlString(out.raw); }
    if (typeof out.path === 'string' && /^https?:/.test(out.path)) { out.path = rewriteUrlString(out.path).slice(BASE.length); }

    return out;
}

function rewriteText (text) {
    return typeof text === 'string' ? text.replace(URL_IN_TEXT, BASE) : text;
}

function rewriteValue (v) {
    return typeof v === 'string' && /^\s*https?:\/\//i.test(v) ? rewriteUrlString(v) : v;
}

function rewriteVariables (list) {
    (Array.isArray(list) ? list : []).forEach((v) => {
        if (v && typeof v === 'object') { v.value = rewriteValue(v.value); }
    });
}

function rewriteEvents (events) {
    (Array.isArray(events) ? events : []).forEach((e) => {
        const script = e && e.script;

        if (!script) { return; }
        if (Array.isArray(script.exec)) { script.exec = script.exec.map(rewriteText); }
        else if (typeof script.exec === 'string') { script.exec = rewriteText(script.exec); }
    });
}

function rewriteItems (items) {
    (Array.isArray(items) ? items : []).forEach((item) => {
        if (!item || typeof item !== 'object') { return; }
        rewriteEvents(item.event || item.events);
        if (typeof item.request === 'string') { item.request = rewriteUrlString(item.request); }
        else if (item.request && typeof item.request === 'object') { item.request.url = rewriteUrl(item.request.url); }
        rewriteItems(item.item);
    });
}

function rewriteCollection (json) {
    const c = json && json.collection && json.collection.item ? json.collection : json;

    rewriteVariables(c.variable);
    rewriteEvents(c.event || c.events);
    rewriteItems(c.item);

    return json;
}

function rewriteVariablesFile (json) {
    rewriteVariables(Array.isArray(json) ? json : json.values);

    return json;
}

function rewriteData (file) {
    const text = fs.readFileSync(file, 'utf8');

    if (/\.json$/i.test(file)) {
        const rows = JSON.parse(text.replace(/^\uFEFF/, ''));

        (Array.isArray(rows) ? rows : []).forEach((row) => {
            Object.keys(row || {}).forEach((k) => { row[k] = rewriteValue(row[k]); });
        });

        const rewritten = JSON.stringify(rows, null, 2);

        return rewritten.includes(BASE) ? rewritten : text;
    }

    return text.replace(URL_IN_TEXT, BASE);
}

function readJson (file) {
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function copyDir (from, to) {
    fs.mkdirSync(to, { recursive: true });
    fs.readdirSync(from, { withFileTypes: true }).forEach((d) => {
        const src = path.join(from, d.name),
            dst = path.join(to, d.name);

        if (d.isDirectory()) { copyDir(src, dst); }
        else { fs.copyFileSync(src, dst); }
    });
}

const features = readJson(path.join(corpus, 'features.json'));
let n = 0;

features.collections.forEach((c) => {
    const [repo, file] = c.id.split(/\/(.*)/s);

    if (!fs.existsSync(path.join(corpus, c.id))) { return; }
    n += 1;
    const dir = path.join(outDir, String(n).padStart(2, '0')),
        plan = { n, id: c.id, dir, collection: path.join(dir, file), requests: c.counts.requests,
            args: EXTRA_ARGS[c.id] || [] };

    copyDir(path.join(corpus, repo), dir);
    fs.writeFileSync(plan.collection, JSON.stringify(rewriteCollection(readJson(plan.collection)), null, 2));
    (c.companions || []).forEach((comp) => {
        const target = path.join(dir, comp.file);

        if (comp.role === 'environment' || comp.role === 'globals') {
            fs.writeFileSync(target, JSON.stringify(rewriteVariablesFile(readJson(target)), null, 2));
            plan[comp.role] = target;
        }
        else if (comp.role === 'data' && /\.(csv|json)$/i.test(comp.file) && !plan.data) {
            fs.writeFileSync(target, rewriteData(target));
            plan.data = target;
        }
    });
    plan.runArgs = [plan.collection].concat(plan.environment ? ['-e', plan.environment] : [],
        plan.globals ? ['-g', plan.globals] : [], plan.data ? ['-d', plan.data] : [], plan.args);
    // NUL-separated runner arguments for run.sh
    fs.writeFileSync(path.join(dir, '.run-args'), plan.runArgs.map((a) => { return a + '\0'; }).join(''));
    process.stdout.write(JSON.stringify(plan) + '\n');
});
