'use strict';
/*
 * Compares one collection's newman and jnewman runs (JSON reports + exit codes) execution by execution:
 * item name, assertion names (digits and uuids masked: names may carry random data) with pass/fail/skip, script
 * errors (run.failures outside assertions: where, item, error name) and the exit code.
 * Prints one JSON line: { id, identical, compared, assertions: {same, total}, newman: {...}, jnewman: {...}, diffs }.
 * compared is false when a runner wrote no report (killed at the wall-clock limit).
 *
 * Usage: node compare.js <id> <newman.json> <newman.rc> <jnewman.json> <jnewman.rc>
 */
const fs = require('fs');

const [id, newmanReport, newmanRc, jnewmanReport, jnewmanRc] = process.argv.slice(2);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MAX_DIFFS = 40;

function readRun (file) {
    try { return JSON.parse(fs.readFileSync(file, 'utf8')).run; }
    catch (e) { return null; }
}

function readRc (file) {
    try { return fs.readFileSync(file, 'utf8').trim(); }
    catch (e) { return 'none'; }
}

const mask = (s) => String(s === undefined || s === null ? '' : s).replace(UUID, '<uuid>').replace(/\d+/g, '#');

function summary (run, rc) {
    if (!run) { return { rc, report: false, executions: [], scriptErrors: [], assertions: 0 }; }
    const executions = (run.executions || []).map((ex) => {
            return {
                item: ex.item ? ex.item.name : null,
                assertions: (ex.assertions || []).map((a) => {
                    return {
                        name: mask(a.assertion),
                        status: a.skipped ? 'skip' : (a.error ? 'fail' : 'pass'),
                        message: a.error ? `${a.error.name}: ${a.error.message}` : null
                    };
                })
            };
        }),
        scriptErrors = (run.failures || []).filter((f) => { return !/^assertion/.test(f.at || ''); }).map((f) => {
            const err = f.error || {};

            return {
                key: `${f.at} ${(f.source && f.source.name) || ''}: ${err.name || 'Error'}`,
                message: String(err.message || '').slice(0, 160)
            };
        });

    return {
        rc,
        report: true,
        executions,
        scriptErrors,
        assertions: executions.reduce((n, e) => { return n + e.assertions.length; }, 0),
        runError: run.error ? String(run.error.message || run.error) : null
    };
}

function compare (a, b) {
    const diffs = [],
        counts = { same: 0, total: 0 },
        n = Math.max(a.executions.length, b.executions.length);

    if (a.rc !== b.rc) { diffs.push(`exit code: newman ${a.rc}, jnewman ${b.rc}`); }
    if (a.report !== b.report) { diffs.push(`JSON report: newman ${a.report}, jnewman ${b.report}`); }
    if (a.executions.length !== b.executions.length) {
        diffs.push(`executions: newman ${a.executions.length}, jnewman ${b.executions.length}`);
    }
    for (let i = 0; i < n; i++) {
        const x = a.executions[i] || { item: null, assertions: [] },
            y = b.executions[i] || { item: null, assertions: [] },
            m = Math.max(x.assertions.length, y.assertions.length);

        if (x.item !== y.item) { diffs.push(`#${i + 1} item: newman ${JSON.stringify(x.item)}, jnewman ${JSON.stringify(y.item)}`); }
        for (let j = 0; j < m; j++) {
            const p = x.assertions[j],
                q = y.assertions[j];

            counts.total += 1;
            if (p && q && p.name === q.name && p.status === q.status) { counts.same += 1; continue; }
            diffs.push(`#${i + 1} ${JSON.stringify(x.item || y.item)} assertion ${j + 1}: newman ` +
                (p ? `${p.status} ${JSON.stringify(p.name)}${p.message ? ' (' + p.message.slice(0, 120) + ')' : ''}` : '-') +
                ', jnewman ' +
                (q ? `${q.status} ${JSON.stringify(q.name)}${q.message ? ' (' + q.message.slice(0, 120) + ')' : ''}` : '-'));
        }
    }
    const m = Math.max(a.scriptErrors.length, b.scriptErrors.length);

    for (let k = 0; k < m; k++) {
        const p = a.scriptErrors[k],
            q = b.scriptErrors[k];

        if (p && q && p.key === q.key) { continue; }
        diffs.push(`script error ${k + 1}: newman ${p ? JSON.stringify(p.key + ' / ' + p.message) : '-'}, jnewman ` +
            (q ? JSON.stringify(q.key + ' / ' + q.message) : '-'));
    }

    return { diffs, counts };
}

const newman = summary(readRun(newmanReport), readRc(newmanRc)),
    jnewman = summary(readRun(jnewmanReport), readRc(jnewmanRc)),
    { diffs, counts } = compare(newman, jnewman);

// a runner killed at the wall-clock limit leaves no report: nothing to compare, which is not "identical"
if (!newman.report || !jnewman.report) {
    diffs.unshift(`no JSON report from ${[!newman.report && 'newman', !jnewman.report && 'jnewman'].filter(Boolean).join(' and ')}` +
        ` (exit ${newman.rc}/${jnewman.rc}; 124 = killed at the wall-clock limit)`);
}

process.stdout.write(JSON.stringify({
    id,
    identical: diffs.length === 0,
    compared: newman.report && jnewman.report,
    assertions: counts,
    newman: { rc: newman.rc, executions: newman.executions.length, assertions: newman.assertions,
        scriptErrors: newman.scriptErrors.length, runError: newman.runError || null },
    jnewman: { rc: jnewman.rc, executions: jnewman.executions.length, assertions: jnewman.assertions,
        scriptErrors: jnewman.scriptErrors.length, runError: jnewman.runError || null },
    diffs: diffs.slice(0, MAX_DIFFS),
    moreDiffs: Math.max(0, diffs.length - MAX_DIFFS)
}) + '\n');
