// Bundles every library the script sandbox offers into one file per module under OUT_DIR (argument 1).
// Each file is a single expression, a function that returns the module's exports when called, so the sandbox can
// evaluate a library only when a script first needs it.
import { build } from 'esbuild';
import vm from 'node:vm';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] || join(here, '../../../target/classes/io/jnewman/script/lib'));

// module name offered to scripts -> what the bundle exports
const modules = {
    'chai': "require('chai')",
    'chai-postman': "require('chai-postman')",
    'lodash': "require('lodash')",
    'lodash3': "require('lodash3').noConflict()",
    'moment': "require('moment')",
    'cheerio': "require('cheerio')",
    'crypto-js': "require('crypto-js')",
    'ajv': "require('ajv')",
    'tv4': "require('tv4')",
    'xml2js': "require('xml2js')",
    'uuid': "require('./entries/uuid.js')",
    'csv-parse/lib/sync': "require('csv-parse/lib/sync')",
    'postman-collection': "require('postman-collection')",
    'backbone': "require('backbone')",
    'atob': "require('atob/node-atob.js')",
    'btoa': "require('btoa')",
    'assert': "require('assert/build/assert.js')",
    'buffer': "require('buffer')",
    'events': "require('events')",
    'path': "require('path-browserify')",
    'url': "require('url/')",
    'util': "require('util/')",
    'querystring': "require('querystring-es3')",
    'string_decoder': "require('string_decoder/')",
    'punycode': "require('punycode/')",
    'stream': "require('stream-browserify')",
    'timers': "require('./shims/timers.js')",
    'liquid-json': "require('liquid-json')",
    'http-reasons': "require('http-reasons')",
    // pm.response.contentInfo(), postman-collection's own (loaded on first call)
    'content-info': "require('postman-collection/lib/content-info')",
    'sugar': "require('sugar/release/sugar-full.development.js')",
    'whatwg-url': "require('whatwg-url')"
};

const empty = join(here, 'shims/empty.js');
const alias = {
    path: 'path-browserify',
    stream: 'stream-browserify',
    querystring: 'querystring-es3',
    timers: join(here, 'shims/timers.js'),
    fs: empty,
    os: empty,
    jquery: empty,
    crypto: empty
};

const UNMANGLED = new Set(['chai', 'chai-postman']);

// chai patches, each of which must apply exactly (as often as given), so a chai upgrade that changes these lines
// fails the build. They keep chai's behaviour and messages; what they save is interpreter work per assertion:
// - Rest parameters: chai's hottest helpers (a flag read, a flag copy, every method call) read `arguments`, which
//   costs a sloppy-mode function an arguments object on each call; they behave the same for every argument count.
// - Every chain step (`.to`, `.be`, `.have`, each method) made a new assertion, setting its five constructor flags,
//   then copied every flag over them in an interpreted for-in loop. transferFlags.derive makes the same object (the
//   same flags in the same order: the copied flags start with those five) with one Object.assign; a flags object
//   has no prototype, so for-in and Object.assign see the same keys.
// - A flag read, `flag(this, 'negate')`, is the flags object's property read written out, the call and its rest
//   array gone; a new assertion makes its flags object before its first flag, so that first read does not reach
//   the typo guard below. A flag write, `flag(this, 'negate', true);`, is written out the same way.
// - assert() answers a passing check from its first argument and the negate flag, as chai's util.test does; only a
//   failing one goes on to chai's body, with the same arguments (which that body reads as `arguments`, so the
//   passing path no longer makes an arguments object).
// - include and property assertions built both their messages (two util.inspect calls) before knowing whether the
//   assertion failed; they pass them as functions instead, which chai's getMessage and getOperator call.
// - The typo guard: chai's Proxy around every assertion becomes one at the end of the prototype chain
//   (shims/chai-proxify.js), and isProxyEnabled() answers false so that chai's own wrappers set the stack start.
//   Writing a property that is on no prototype walks the chain to that Proxy, a slow path in an interpreter: so
//   Assertion.prototype gets a writable `__flags`, the one property chai writes on every new assertion.
const DERIVE = [/var newAssertion = new chai\.Assertion\(\);\s*transferFlags\(this, newAssertion\);\s*return newAssertion;/g,
    'return transferFlags.derive(this, chai.Assertion);'];
// isProxyEnabled() answers false (see below): the wrappers that ask it on every chain step no longer do
const NO_PROXY_CHECK = ['!isProxyEnabled() && ', ''];
// [pattern, replacement, how often it must apply]
const flagReads = (times) => [/(?<![.\w])flag\(this, '([A-Za-z]+)'\)/g, '(this.__flags || (this.__flags = Object.create(null))).$1', times];
const flagWrites = (times) => [/(?<![.\w])flag\(this, '([A-Za-z]+)', ([^;\n]+)\);/g,
    '(this.__flags || (this.__flags = Object.create(null))).$1 = $2;', times];
// (after: what follows the message, where the message alone is not unique)
const lazyMessage = (text, after = '') => [`, ${text}${after}`, `, function () { return ${text}; }${after}`];
const CHAI_PATCHES = {
    'assertions.js': [
        lazyMessage("'expected #{this} to ' + descriptor + 'include ' + _.inspect(val)"),
        lazyMessage("'expected #{this} to not ' + descriptor + 'include ' + _.inspect(val)"),
        lazyMessage("'expected #{this} to have ' + descriptor + _.inspect(name)", '\n'),
        lazyMessage("'expected #{this} to not have ' + descriptor + _.inspect(name)", ')'),
        lazyMessage("'expected #{this} to have ' + descriptor + _.inspect(name) + ' of #{exp}, but got #{act}'"),
        lazyMessage("'expected #{this} to not have ' + descriptor + _.inspect(name) + ' of #{act}'"), flagReads(116), flagWrites(58)],
    'assertion.js': [
        ['  function Assertion (obj, msg, ssfi, lockSsfi) {\n', '  function Assertion (obj, msg, ssfi, lockSsfi) {\n    this.__flags = Object.create(null);\n'],
        ['  Assertion.prototype.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {\n',
            '  Assertion.prototype.assert = function (...args) {\n' +
            '    if ((this.__flags || (this.__flags = Object.create(null))).negate ? !args[0] : args[0]) return;\n' +
            '    return failedAssert.apply(this, args);\n' +
            '  };\n' +
            "  Object.defineProperty(Assertion.prototype.assert, 'length', { value: 6 });\n" +
            '  var failedAssert = function (expr, msg, negateMsg, expected, _actual, showDiff) {\n'],
        ["  Object.defineProperty(Assertion.prototype, '_obj',",
            "  Object.defineProperty(Assertion.prototype, '__flags', { value: undefined, writable: true });\n\n" +
            "  Object.defineProperty(Assertion.prototype, '_obj',"],
        flagReads(2), flagWrites(6)],
    'flag.js': [
        ['function flag(obj, key, value) {', 'function flag(obj, key, ...rest) {'],
        ['if (arguments.length === 3) {\n    flags[key] = value;', 'if (rest.length === 1) {\n    flags[key] = rest[0];']],
    'transferFlags.js': [
        ['function transferFlags(assertion, object, includeAll) {', 'function transferFlags(assertion, object, ...rest) {'],
        ['includeAll = arguments.length === 3 ? includeAll : true;', 'var includeAll = rest.length === 1 ? rest[0] : true;'],
        [/\n};\s*$/, '\n};\nmodule.exports.derive = function derive(assertion, Assertion) {\n' +
            '  var to = Object.create(Assertion.prototype);\n' +
            '  to.__flags = Object.assign(Object.create(null), assertion.__flags || (assertion.__flags = Object.create(null)));\n' +
            '  return to;\n};\n']],
    'addMethod.js': [
        ['var methodWrapper = function () {', 'var methodWrapper = function (...args) {'],
        ['var result = method.apply(this, arguments);', 'var result = method.apply(this, args);'], DERIVE, flagReads(1),
        flagWrites(1)],
    'addChainableMethod.js': [
        ['var chainableMethodWrapper = function () {', 'var chainableMethodWrapper = function (...args) {'],
        ['var result = chainableBehavior.method.apply(this, arguments);', 'var result = chainableBehavior.method.apply(this, args);'],
        // Each read of a chainable word (a, an, include, lengthOf, ...) makes a function. Three steps of making it:
        // - its `length` guard is one descriptor per word, made once, instead of a new closure per read;
        ["  ctx.__methods[name] = chainableBehavior;\n",
            "  ctx.__methods[name] = chainableBehavior;\n" +
            "  var lengthGuard = Object.getOwnPropertyDescriptor(addLengthGuard(function () {}, name, true), 'length');\n"],
        ['addLengthGuard(chainableMethodWrapper, name, true);',
            "if (lengthGuard.get) Object.defineProperty(chainableMethodWrapper, 'length', lengthGuard);\n" +
            '        else addLengthGuard(chainableMethodWrapper, name, true);'],
        // - its prototype gets call and apply as the data properties assigning them makes, without the assignments
        //   walking the assertion's prototype chain to the typo guard's Proxy;
        ['var prototype = Object.create(this);\n          // Restore the `call` and `apply` methods from `Function`\n' +
            '          prototype.call = call;\n          prototype.apply = apply;',
            'var prototype = Object.create(this, CALL_AND_APPLY);'],
        ['var call  = Function.prototype.call,',
            'var CALL_AND_APPLY = {\n' +
            '  call: { value: Function.prototype.call, writable: true, enumerable: true, configurable: true },\n' +
            '  apply: { value: Function.prototype.apply, writable: true, enumerable: true, configurable: true }\n' +
            '};\nvar call  = Function.prototype.call,'],
        // - copying the flags onto it is skipped when it already reads them through its prototype, the assertion:
        //   copying an object's flags onto themselves changes nothing
        ['transferFlags(this, chainableMethodWrapper);',
            'if (chainableMethodWrapper.__flags !== this.__flags) transferFlags(this, chainableMethodWrapper);'],
        DERIVE, flagReads(1), flagWrites(1)],
    'addProperty.js': [NO_PROXY_CHECK,
        // a chain word without a getter (to, be, have, ...) skips calling an empty function
        ['getter = getter === undefined ? function () {} : getter;', 'var noGetter = getter === undefined;\n  getter = noGetter ? function () {} : getter;'],
        ['var result = getter.call(this);', 'var result = noGetter ? undefined : getter.call(this);'],
        DERIVE, flagReads(1), flagWrites(1)],
    'overwriteProperty.js': [NO_PROXY_CHECK, DERIVE, flagReads(2), flagWrites(3)],
    'overwriteMethod.js': [DERIVE, flagReads(2), flagWrites(3)],
    'overwriteChainableMethod.js': [[DERIVE[0], DERIVE[1], 2]],
    'isProxyEnabled.js': [
        ["return config.useProxy &&\n    typeof Proxy !== 'undefined' &&\n    typeof Reflect !== 'undefined';", 'return false;']],
    'proxify.js': [
        ['module.exports = function proxify(obj, nonChainableMethodName) {', 'var chaiProxify = function proxify(obj, nonChainableMethodName) {']]
};
const CHAI_APPENDIX = { 'proxify.js': readFileSync(join(here, 'shims/chai-proxify.js'), 'utf8') };

// chai-postman patches. Its response assertions first check their target with throwaway assertions, e.g. status(200)
// runs `new Assertion(this._obj).to.be.postmanResponse`, `.to.have.property('code')` and `.to.be.a('number')`: nine
// chain steps, each a new assertion, before the status is compared. Each check now first asks its question directly
// when the target is one of the sandbox's own Request/Response objects (whose fields have no getters to run twice),
// and builds the assertion only when that answer is no, so the assertion, and its error, are chai's as before. A
// passing assertion on a fresh Assertion changes nothing outside it, so skipping one that would pass is unseen.
const CHAI_POSTMAN_PATCHES = {
    'index.js': [
        ['module.exports = function (sdk, _, Ajv) {\n', 'module.exports = function (sdk, _, Ajv) {\n' +
            '    const jnModel = (o) => sdk.Response.isResponse(o) || sdk.Request.isRequest(o);\n'],
        [/new Assertion\(this\._obj\)\.to\.be\.postmanResponse;/g,
            'sdk.Response.isResponse(this._obj) || new Assertion(this._obj).to.be.postmanResponse;', 13],
        ['new Assertion(this._obj).to.be.postmanRequestOrResponse;',
            'jnModel(this._obj) || new Assertion(this._obj).to.be.postmanRequestOrResponse;'],
        [/new Assertion\(this\._obj\)\.to\.have\.property\('([a-zA-Z]+)'\);/g,
            "jnModel(this._obj) && '$1' in this._obj || new Assertion(this._obj).to.have.property('$1');", 19],
        [/new Assertion\(this\._obj\.([a-zA-Z]+)\)\.to\.be\.a\('(function|number)'\);/g,
            "jnModel(this._obj) && typeof this._obj.$1 === '$2' || new Assertion(this._obj.$1).to.be.a('$2');", 17]
    ]
};

const occurrences = (source, from) => (typeof from === 'string' ? source.split(from).length - 1 : (source.match(from) || []).length);
// an esbuild plugin that applies patches (and appendices) to the files of one package as they load
const patching = (name, pathPattern, patches, appendix = {}) => ({
    name,
    setup(b) {
        b.onLoad({ filter: pathPattern }, (args) => {
            let source = readFileSync(args.path, 'utf8');
            const file = basename(args.path);
            for (const [from, to, times = 1] of patches[file]) {
                if (occurrences(source, from) !== times) throw new Error(`${name}: a patch does not apply to ${args.path}: ${from}`);
                source = source.replace(from, to);
            }
            if (appendix[file]) source += '\n' + appendix[file];
            return { contents: source, loader: 'js' };
        });
    }
});
const chaiFiles = Object.keys(CHAI_PATCHES).map((f) => f.replace('.js', '')).join('|');
const PLUGINS = {
    'chai': [patching('chai-patches', new RegExp(`[\\\\/]chai[\\\\/]lib[\\\\/]chai[\\\\/]((utils|core)[\\\\/])?(${chaiFiles})\\.js$`),
        CHAI_PATCHES, CHAI_APPENDIX)],
    'chai-postman': [patching('chai-postman-patches', /[\\/]chai-postman[\\/]lib[\\/]index\.js$/, CHAI_POSTMAN_PATCHES)]
};

mkdirSync(outDir, { recursive: true });
const started = Date.now();
await Promise.all(Object.entries(modules).map(async ([name, expr]) => {
    const result = await build({
        stdin: { contents: `module.exports = ${expr};`, resolveDir: here, loader: 'js' },
        bundle: true,
        write: false,
        format: 'iife',
        globalName: '__jnLibrary',
        platform: 'browser',
        target: 'es2022',
        // Libraries on the assertion path keep their own identifiers instead of minified ones plus esbuild's
        // keep-names wrappers: those wrappers re-define a function's name every time a closure is created, which
        // in an interpreter costs more than the assertion itself. Function names stay the same either way.
        ...(UNMANGLED.has(name)
            ? { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false, keepNames: false }
            : { minify: true, keepNames: true }),
        legalComments: 'none',
        alias,
        plugins: PLUGINS[name] || [],
        inject: [join(here, 'shims/node-globals.js')],
        define: { global: 'globalThis', Buffer: 'globalThis.Buffer' },
        logLevel: 'error'
    });
    const file = join(outDir, name.replace(/\//g, '__') + '.js');
    writeFileSync(file, `(function(){${result.outputFiles[0].text}\nreturn __jnLibrary;})`);
}));

// Sugar extends the built-ins when it loads, which is slow; the sandbox instead puts a loader stub under every name
// Sugar adds and loads it the first time a script touches one. The names come from loading the bundle here once.
const sugarContext = vm.createContext({});
const TARGETS = ['Object', 'Array', 'String', 'Number', 'Date', 'RegExp', 'Function', 'Boolean'];
const snapshot = () => Object.fromEntries(TARGETS.flatMap((t) => [
    [t, vm.runInContext(`Object.getOwnPropertyNames(${t})`, sugarContext)],
    [`${t}.prototype`, vm.runInContext(`Object.getOwnPropertyNames(${t}.prototype)`, sugarContext)]]));
const before = snapshot();
vm.runInContext(`(${readFileSync(join(outDir, 'sugar.js'), 'utf8')})()`, sugarContext);
const after = snapshot();
const added = Object.fromEntries(Object.keys(after).map((k) => [k, after[k].filter((n) => !before[k].includes(n))])
    .filter(([, names]) => names.length));
writeFileSync(join(outDir, 'sugar-names.js'), `(function(){return ${JSON.stringify(added)};})`);

console.log(`bundled ${Object.keys(modules).length} sandbox libraries in ${Date.now() - started} ms`);
