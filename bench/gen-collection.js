#!/usr/bin/env node
'use strict';
/*
 * Writes a benchmark collection: N requests alternating GET /get and POST /post, each with 3 pm.test assertions
 * using pm.response.json(), pm.expect and pm.environment. With --delay MS every request asks the server to wait MS
 * (latency-bound case) and requests are spread over --folders F top-level folders.
 *   node gen-collection.js N OUT.json [--delay MS] [--folders F]
 */
const fs = require('fs');

const [n, out, ...rest] = process.argv.slice(2);
const opts = { delay: 0, folders: 0 };
for (let i = 0; i < rest.length; i += 2) { opts[rest[i].replace(/^--/, '')] = parseInt(rest[i + 1], 10); }
const TAGS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
const delayQuery = opts.delay ? `&delay=${opts.delay}` : '';

function tests (check) {
    return [{ listen: 'test', script: { type: 'text/javascript', exec: [
        'const json = pm.response.json();',
        'pm.test("status is 200", function () { pm.response.to.have.status(200); });',
        ...check,
        'pm.test("updates environment", function () {',
        '    const seen = parseInt(pm.environment.get("seen") || "0", 10) + 1;',
        '    pm.environment.set("seen", String(seen));',
        '    pm.expect(pm.environment.get("seen")).to.eql(String(seen));',
        '});'
    ] } }];
}

function item (i) {
    const tag = TAGS[i % TAGS.length];
    if (i % 2) {
        return {
            name: `GET ${i}`,
            event: tests([`pm.test("echoes query ${i}", function () { pm.expect(json.args.i).to.eql("${i}"); pm.expect(json.args.tag).to.equal("${tag}"); });`]),
            request: { method: 'GET', header: [{ key: 'Accept', value: 'application/json' }],
                url: `{{baseUrl}}/get?i=${i}&tag=${tag}${delayQuery}` }
        };
    }
    return {
        name: `POST ${i}`,
        event: tests([`pm.test("echoes body ${i}", function () { pm.expect(json.json.id).to.equal(${i}); pm.expect(json.json.tags).to.have.lengthOf(2); });`]),
        request: { method: 'POST', header: [{ key: 'Content-Type', value: 'application/json' }],
            url: `{{baseUrl}}/post?i=${i}${delayQuery}`,
            body: { mode: 'raw', raw: JSON.stringify({ id: i, name: `item-${i}`, tags: [tag, TAGS[(i + 1) % 5]], nested: { path: `/items/${i}` } }) } }
    };
}

let items = Array.from({ length: parseInt(n, 10) }, (_, i) => item(i + 1));
if (opts.folders > 0) {
    const per = Math.ceil(items.length / opts.folders);
    items = Array.from({ length: opts.folders }, (_, f) => ({ name: `Folder ${f + 1}`, item: items.slice(f * per, (f + 1) * per) }));
}
fs.writeFileSync(out, JSON.stringify({
    info: { name: `bench-${n}${opts.delay ? '-latency' : ''}`, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: items
}, null, 1));
