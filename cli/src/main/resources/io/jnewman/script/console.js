// console.* for scripts. Newman sends console arguments out of the sandbox as plain data (functions become
// '[Function: name]' strings, class instances plain objects) and its CLI reporter shows each one with Node's
// util.inspect({depth: 25, maxArrayLength: 100, breakLength: 44}), strings quoted. Each argument is formatted here
// the same way and the list streamed to the host.
(function (jn) {
    'use strict';

    const BREAK_LENGTH = 44;
    const DEPTH = 25;
    const MAX_ARRAY = 100;
    const COMPACT = 3;
    const IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

    const ESCAPES = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\\': '\\\\' };
    function strEscape(s) {
        let quote = "'";
        if (s.includes("'")) {
            if (!s.includes('"')) quote = '"';
            else if (!s.includes('`') && !s.includes('${')) quote = '`';
        }
        let out = '';
        for (const ch of s) {
            if (ch === quote) out += `\\${ch}`;
            else if (ESCAPES[ch]) out += ESCAPES[ch];
            else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
            else out += ch;
        }
        return quote + out + quote;
    }

    // what Newman's console transport turns values into before they are shown
    function functionText(fn) {
        const kind = fn.constructor && fn.constructor.name ? fn.constructor.name : 'Function';
        return fn.name ? `[${kind}: ${fn.name}]` : `[${kind}]`;
    }

    function formatValue(ctx, value, recurseTimes) {
        switch (typeof value) {
            case 'string':
                if (value.length > 16 && value.length > BREAK_LENGTH - ctx.indentationLvl - 4 && value.includes('\n')) {
                    return value.split(/(?<=\n)/).map(strEscape).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`);
                }
                return strEscape(value);
            case 'number': return Object.is(value, -0) ? '-0' : String(value);
            case 'bigint': return `${value}n`;
            case 'boolean': return String(value);
            case 'undefined': return 'undefined';
            case 'symbol': return value.toString();
            case 'function': return strEscape(functionText(value));
        }
        if (value === null) return 'null';
        if (value instanceof WeakMap) return strEscape('[WeakMap]');
        if (value instanceof WeakSet) return strEscape('[WeakSet]');
        if (value instanceof ArrayBuffer) return strEscape(`[ArrayBuffer { byteLength: ${value.byteLength} }]`);
        if (value instanceof Date) return isNaN(value) ? 'Invalid Date' : value.toISOString();
        if (value instanceof RegExp) return String(value);
        // the transport sends what toJSON gives for an object that has one (pm.response, pm.request, a Buffer, ...)
        if (typeof value.toJSON === 'function') {
            let json = value;
            try { json = value.toJSON(); } catch (e) { /* shown as it is */ }
            if (json !== value) return formatValue(ctx, json, recurseTimes);
        }
        if (ctx.seen.includes(value)) return '[Circular *1]';
        if (value instanceof Map || value instanceof Set) return formatCollection(ctx, value, recurseTimes);
        return formatRaw(ctx, value, recurseTimes);
    }

    // Maps and Sets reach the reporter as they are, shown as Node shows them: Map(1) { 'a' => 1 }, Set(2) { 1, 2 }
    function formatCollection(ctx, value, recurseTimes) {
        const isMap = value instanceof Map;
        const prefix = `${isMap ? 'Map' : 'Set'}(${value.size}) `;
        if (value.size === 0) return `${prefix}{}`;
        if (recurseTimes > DEPTH) return isMap ? '[Map]' : '[Set]';
        recurseTimes += 1;
        ctx.seen.push(value);
        ctx.currentDepth = recurseTimes;
        ctx.indentationLvl += 2;
        const output = [];
        for (const [k, v] of value.entries()) {
            output.push(isMap ? `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`
                : formatValue(ctx, v, recurseTimes));
        }
        ctx.indentationLvl -= 2;
        ctx.seen.pop();
        return reduceToSingleString(ctx, output, '', [`${prefix}{`, '}'], false, recurseTimes, value);
    }

    function formatRaw(ctx, value, recurseTimes) {
        const isArray = Array.isArray(value);
        const isError = value instanceof Error;
        // (an array reaches the reporter as its items only: extra fields, like pm.execution.location.current, do not)
        const keys = isArray ? [] : Object.keys(value);
        if (isError) {
            const stack = value.stack || `${value.name}: ${value.message}`;
            if (keys.length === 0) return stack;
        }
        if (isArray && value.length === 0 && keys.length === 0) return '[]';
        if (!isArray && !isError && keys.length === 0) return '{}';
        if (recurseTimes > DEPTH) return isArray ? '[Array]' : '[Object]';
        recurseTimes += 1;
        ctx.seen.push(value);
        ctx.currentDepth = recurseTimes;
        const output = [];
        if (isArray) {
            const shown = Math.min(value.length, MAX_ARRAY);
            for (let i = 0; i < shown; i++) {
                output.push(i in value ? formatProperty(ctx, value, recurseTimes, i, true) : '<1 empty item>');
            }
            if (value.length > shown) output.push(`... ${value.length - shown} more item${value.length - shown > 1 ? 's' : ''}`);
        }
        for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, false));
        ctx.seen.pop();
        const base = isError ? (value.stack || `${value.name}: ${value.message}`) : '';
        const braces = isArray ? ['[', ']'] : ['{', '}'];
        return reduceToSingleString(ctx, output, base, braces, isArray, recurseTimes, value);
    }

    function formatProperty(ctx, value, recurseTimes, key, arrayItem) {
        ctx.indentationLvl += 2;
        const str = formatValue(ctx, value[key], recurseTimes);
        ctx.indentationLvl -= 2;
        if (arrayItem) return str;
        const name = typeof key === 'symbol' ? `[${key.toString()}]` : IDENT.test(key) ? key : strEscape(key);
        return `${name}: ${str}`;
    }

    function isBelowBreakLength(output, start, base) {
        let total = output.length + start;
        if (total + output.length > BREAK_LENGTH) return false;
        for (const entry of output) {
            total += entry.length;
            if (total > BREAK_LENGTH) return false;
        }
        return base === '' || !base.includes('\n');
    }

    function reduceToSingleString(ctx, output, base, braces, isArray, recurseTimes, value) {
        const entries = output.length;
        if (isArray && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
            const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
            if (isBelowBreakLength(output, start, base)) {
                const joined = output.join(', ');
                if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
        }
        const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
        return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }

    // Node lays out long arrays of short entries in aligned columns
    function groupArrayElements(ctx, output, value) {
        let totalLength = 0;
        let maxLength = 0;
        let outputLength = output.length;
        if (value.length > MAX_ARRAY) outputLength--;
        const separatorSpace = 2;
        const dataLen = new Array(outputLength);
        for (let i = 0; i < outputLength; i++) {
            const len = output[i].length;
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        const actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + ctx.indentationLvl < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6)) {
            const averageBias = Math.sqrt(actualMax - totalLength / output.length);
            const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            const columns = Math.min(Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
                Math.floor((BREAK_LENGTH - ctx.indentationLvl) / actualMax), COMPACT * 4, 15);
            if (columns <= 1) return output;
            const tmp = [];
            const maxLineLength = [];
            for (let i = 0; i < columns; i++) {
                let lineLength = 0;
                for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
                maxLineLength.push(lineLength + separatorSpace);
            }
            let padStart = true;
            for (let i = 0; i < output.length; i++) {
                if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
            }
            for (let i = 0; i < outputLength; i += columns) {
                const max = Math.min(i + columns, outputLength);
                let str = '';
                let j = i;
                for (; j < max - 1; j++) {
                    const cell = `${output[j]}, `;
                    str += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
                }
                str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
                tmp.push(str);
            }
            if (value.length > MAX_ARRAY) tmp.push(output[outputLength]);
            return tmp;
        }
        return output;
    }

    jn.inspect = (value) => formatValue({ seen: [], indentationLvl: 0, currentDepth: 0 }, value, 0);

    jn.createConsole = function (emit) {
        const out = {};
        const send = (level) => function (...args) { emit(level, args.map(jn.inspect)); };
        for (const level of ['log', 'info', 'warn', 'error', 'debug']) out[level] = send(level);
        out.clear = function () { emit('clear', []); };
        out.trace = send('log');
        out.dir = send('log');
        out.table = send('log');
        out.assert = function (ok, ...args) { if (!ok) emit('error', ['Assertion failed', ...args].map(jn.inspect)); };
        out.time = out.timeEnd = out.timeLog = out.count = out.countReset = out.group = out.groupEnd = function () {};
        return out;
    };

    // libraries log through the global console (ajv warnings, deprecations): it reaches the running script's output
    jn.sharedConsole = jn.createConsole((level, messages) => jn.host.console(level, messages));
    Object.defineProperty(globalThis, 'console', { value: jn.sharedConsole, writable: true, configurable: true, enumerable: false });
})
