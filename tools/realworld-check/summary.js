'use strict';
/*
 * Totals of a real-world check run: collections identical, assertions identical, scripts compiled by jnewman (and by
 * node as the baseline), with the differences listed; the full list goes to <out>/report.txt.
 *
 * Usage: node summary.js <outDir>
 */
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const lines = (file) => {
    try { return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => { return JSON.parse(l); }); }
    catch (e) { return []; }
};
const report = [];

// compile check
const jn = lines(path.join(out, 'compile-jnewman.jsonl')),
    nd = lines(path.join(out, 'compile-node.jsonl')),
    key = (s) => { return `${s.collection}#${s.index}`; },
    jnByKey = new Map(jn.map((s) => { return [key(s), s]; })),
    compileDiffs = [];

nd.forEach((s) => {
    const j = jnByKey.get(key(s));

    if (!j) { compileDiffs.push(`not compiled by jnewman: ${s.collection} #${s.index} ${s.item} [${s.event}]`); }
    else if (j.ok !== s.ok || j.item !== s.item || j.event !== s.event) {
        compileDiffs.push(`${s.collection} #${s.index} ${s.item} [${s.event}]: node ${s.error || 'ok'}, ` +
            `jnewman ${j.error || 'ok'}${j.item !== s.item ? ` (jnewman saw item ${JSON.stringify(j.item)})` : ''}`);
    }
});
jn.filter((j) => { return j.index < 0; }).forEach((j) => { compileDiffs.push(`${j.collection}: ${j.error}`); });
const compiledJ = jn.filter((s) => { return s.ok; }).length,
    compiledN = nd.filter((s) => { return s.ok; }).length;

report.push(`compile: jnewman ${compiledJ}/${nd.length}, node ${compiledN}/${nd.length}, ` +
    `${compileDiffs.length} scripts where they disagree`);
compileDiffs.forEach((d) => { report.push(`  ${d}`); });
nd.filter((s) => { return !s.ok; }).forEach((s) => {
    report.push(`  (neither runner: ${s.collection} #${s.index} ${s.item} [${s.event}]: ${s.error})`);
});

// runs
const runsDir = path.join(out, 'runs'),
    results = fs.existsSync(runsDir) ? fs.readdirSync(runsDir).sort().map((d) => {
        return path.join(runsDir, d, 'result.json');
    }).filter((f) => { return fs.existsSync(f); }).map((f) => { return JSON.parse(fs.readFileSync(f, 'utf8')); }) : [];
let same = 0,
    total = 0;

results.forEach((r) => {
    same += r.assertions.same;
    total += r.assertions.total;
    if (r.identical) { return; }
    report.push(`DIFF ${r.id}: assertions ${r.assertions.same}/${r.assertions.total}, exit ${r.newman.rc}/${r.jnewman.rc}` +
        `, executions ${r.newman.executions}/${r.jnewman.executions}, script errors ${r.newman.scriptErrors}/` +
        `${r.jnewman.scriptErrors}`);
    r.diffs.forEach((d) => { report.push(`  ${d}`); });
    if (r.moreDiffs) { report.push(`  … ${r.moreDiffs} more`); }
});
const identical = results.filter((r) => { return r.identical; }).length,
    uncompared = results.filter((r) => { return r.compared === false; }).length,
    figures = `realworld: ${identical}/${results.length} collections identical` +
        (uncompared ? ` (${uncompared} without a report from a runner)` : '') +
        `; assertions ${same}/${total} identical; scripts compiled ${compiledJ}/${nd.length} (node ${compiledN}/${nd.length})`;

report.push(figures);
fs.writeFileSync(path.join(out, 'report.txt'), report.join('\n') + '\n');
report.forEach((l) => { console.log(l.length > 400 ? l.slice(0, 397) + '...' : l); });
