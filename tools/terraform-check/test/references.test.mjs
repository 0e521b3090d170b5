// Every reference resolves: var.X to a variable, local.X to a local, data.T.N and T.N to a declared block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles, merge, references } from '../lib/terraform.mjs';

const files = await loadFiles();
const module = merge(files);
const refs = [];
for (const file of files) refs.push(...(await references(file)));

const segments = (ref) => ref.split(/[.[\]]/).filter(Boolean);
const where = (r) => `${r.file} (${r.path}): ${r.ref}`;
// Names that are not module objects: meta-arguments, the current dynamic block's iterator, type keywords.
const dynamicIterators = new Set(files.flatMap((f) => [...JSON.stringify(f.parsed).matchAll(/"dynamic":\{"(\w+)"/g)]
  .map((m) => m[1])));
const builtins = new Set(['each', 'count', 'path', 'terraform', 'self', 'string', 'number', 'bool', 'map', 'list',
  'object', 'set', 'any', 'tuple', ...dynamicIterators]);

test('the module references things', () => {
  assert.ok(refs.length > 20, `only ${refs.length} references found`);
});

test('every var.X is a declared variable', () => {
  const missing = refs.filter((r) => r.ref.startsWith('var.') && !(segments(r.ref)[1] in module.variable));
  assert.deepEqual(missing.map(where), []);
});

test('every local.X is defined', () => {
  const missing = refs.filter((r) => r.ref.startsWith('local.') && !(segments(r.ref)[1] in module.locals));
  assert.deepEqual(missing.map(where), []);
});

test('every data.T.N is declared', () => {
  const missing = refs.filter((r) => r.ref.startsWith('data.')
    && !module.data[segments(r.ref)[1]]?.[segments(r.ref)[2]]);
  assert.deepEqual(missing.map(where), []);
});

test('every resource reference is declared', () => {
  const missing = refs.filter((r) => {
    const [first, second] = segments(r.ref);
    if (['var', 'local', 'data', 'module'].includes(first) || builtins.has(first)) return false;
    return !module.resource[first]?.[second];
  });
  assert.deepEqual(missing.map(where), []);
});

test('every variable is used', () => {
  const used = new Set(refs.filter((r) => r.ref.startsWith('var.') && !r.path.startsWith(`variable.${segments(r.ref)[1]}`))
    .map((r) => segments(r.ref)[1]));
  const unused = Object.keys(module.variable).filter((v) => !used.has(v));
  assert.deepEqual(unused, []);
});

test('every local is used', () => {
  const used = new Set(refs.filter((r) => r.ref.startsWith('local.')).map((r) => segments(r.ref)[1]));
  assert.deepEqual(Object.keys(module.locals).filter((l) => !used.has(l)), []);
});

test('the AWS provider is pinned', () => {
  const required = module.terraform.flatMap((t) => t.required_providers ?? []);
  const aws = required.map((p) => p.aws).find(Boolean);
  assert.ok(aws, 'required_providers has no aws entry');
  assert.equal(aws.source, 'hashicorp/aws');
  assert.match(aws.version, /^(~>\s*\d+\.\d+\.\d+|=?\s*\d+\.\d+\.\d+)$/, 'the aws provider version is not pinned');
  assert.ok(module.terraform.some((t) => t.required_version), 'required_version is not set');
});

test('variables are described and typed', () => {
  for (const [name, body] of Object.entries(module.variable)) {
    assert.ok(body.description, `variable ${name} has no description`);
    assert.ok(body.type, `variable ${name} has no type`);
  }
});
