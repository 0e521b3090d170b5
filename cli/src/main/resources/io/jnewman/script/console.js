// console.* for scripts: each argument is formatted the way Node's util.inspect shows it (strings stay raw at the top
// level) and the list is streamed to the host, which hands it to the run's reporters.
(function (jn) {
    'use strict';

    const IDENT = /^[A-Za-z_$][\w$]*$/;
    const quote = (s) => {
        const q = s.includes("'") && !s.includes('"') ? '"' : "'";
        const escaped = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
        return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
    };

    function inspect(value, depth, seen, indent) {
        switch (typeof value) {
            case 'string': return quote(value);
            case 'number': return Object.is(value, -0) ? '-0' : String(value);
            case 'bigint': return `${value}n`;
            case 'boolean': return String(value);
            case 'undefined': return 'undefined';
            case 'symbol': return value.toString();
            case 'function': {
                const kind = value.constructor && value.constructor.name ? value.constructor.name : 'Function';
                const own = Object.keys(value);
                const head = value.name ? `[${kind}: ${value.name}]` : `[${kind} (anonymous)]`;
                return own.length ? `${head} ${inspectEntries(value, own, depth, seen, indent, ['{', '}'])}` : head;
            }
        }
        if (value === null) return 'null';
        if (seen.includes(value)) return '[Circular *1]';
        if (value instanceof Date) return isNaN(value) ? 'Invalid Date' : value.toISOString();
        if (value instanceof RegExp) return String(value);
        if (value instanceof Error) {
            return value.stack || `${value.name}: ${value.message}`;
        }
        if (Array.isArray(value)) {
            if (depth < 0) return '[Array]';
            const items = [];
            const shown = Math.min(value.length, 100);
            seen.push(value);
            for (let i = 0; i < shown; i++) items.push(i in value ? inspect(value[i], depth - 1, seen, indent + 2) : '<1 empty item>');
            seen.pop();
            if (value.length > shown) items.push(`... ${value.length - shown} more items`);
            return wrap(items, ['[', ']'], indent, '');
        }
        if (value instanceof Map || value instanceof Set) {
            const kind = value instanceof Map ? 'Map' : 'Set';
            if (depth < 0) return `[${kind}]`;
            seen.push(value);
            const items = [];
            value.forEach((v, k) => items.push(kind === 'Map'
                ? `${inspect(k, depth - 1, seen, indent + 2)} => ${inspect(v, depth - 1, seen, indent + 2)}`
                : inspect(v, depth - 1, seen, indent + 2)));
            seen.pop();
            return wrap(items, ['{', '}'], indent, `${kind}(${value.size}) `);
        }
        const proto = Object.getPrototypeOf(value);
        const ctor = proto && proto.constructor && proto.constructor.name;
        const prefix = proto === null ? '[Object: null prototype] ' : (ctor && ctor !== 'Object' ? `${ctor} ` : '');
        const keys = Object.keys(value);
        if (depth < 0) return `[${ctor || 'Object'}]`;
        if (keys.length === 0) return `${prefix}{}`;
        return prefix + inspectEntries(value, keys, depth, seen, indent, ['{', '}']);
    }

    function inspectEntries(value, keys, depth, seen, indent, braces) {
        seen.push(value);
        const items = keys.map((k) => `${IDENT.test(k) ? k : quote(k)}: ${inspect(value[k], depth - 1, seen, indent + 2)}`);
        seen.pop();
        return wrap(items, braces, indent, '');
    }

    // Node prints an object on one line when it fits 72 columns and has no nested line breaks.
    function wrap(items, braces, indent, prefix) {
        if (items.length === 0) return `${prefix}${braces[0]}${braces[1]}`;
        const single = `${prefix}${braces[0]} ${items.join(', ')} ${braces[1]}`;
        if (single.length + indent <= 72 && !single.includes('\n')) return single;
        const pad = ' '.repeat(indent + 2);
        return `${prefix}${braces[0]}\n${pad}${items.join(`,\n${pad}`)}\n${' '.repeat(indent)}${braces[1]}`;
    }

    jn.inspect = (value) => inspect(value, 2, [], 0);
    jn.format = (value) => (typeof value === 'string' ? value : jn.inspect(value));

    jn.createConsole = function (emit) {
        const out = {};
        for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
            out[level] = function (...args) { emit(level, args.map(jn.format)); };
        }
        out.clear = function () { emit('clear', []); };
        out.trace = function (...args) { emit('log', args.map(jn.format)); };
        out.dir = function (value) { emit('log', [jn.inspect(value)]); };
        out.table = function (value) { emit('log', [jn.inspect(value)]); };
        out.assert = function (ok, ...args) { if (!ok) emit('error', ['Assertion failed', ...args.map(jn.format)].slice(args.length ? 1 : 0)); };
        out.time = out.timeEnd = out.timeLog = out.count = out.countReset = out.group = out.groupEnd = function () {};
        return out;
    };

    // libraries log through the global console (ajv warnings, deprecations): it reaches the running script's output
    Object.defineProperty(globalThis, 'console', { value: jn.createConsole((level, messages) => jn.host.console(level, messages)),
        writable: true, configurable: true, enumerable: false });
})
