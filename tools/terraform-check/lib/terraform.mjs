// Reads the Terraform module in terraform/ with HashiCorp's HCL parser and formatter (compiled to wasm), offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, getReferencesInExpression, getExpressionAst } from '@cdktf/hcl2json';
import { format } from '@cdktf/hcl-tools';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const moduleDir = join(repoRoot, 'terraform');

/** Every .tf file of the module: name, text, parsed JSON (hcl2json's shape), and the formatter's output. */
export async function loadFiles(dir = moduleDir) {
  const names = readdirSync(dir).filter((f) => f.endsWith('.tf')).sort();
  const files = [];
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    files.push({ name, text, parsed: await parse(name, text), formatted: await format(text) });
  }
  return files;
}

/** Merges the files' top-level blocks: resource/data as {type: {name: body}}, variable/output as {name: body}. */
export function merge(files) {
  const module = { resource: {}, data: {}, variable: {}, output: {}, locals: {}, provider: {}, terraform: [] };
  const one = (bodies) => (Array.isArray(bodies) ? bodies[0] : bodies);
  for (const { parsed } of files) {
    for (const kind of ['resource', 'data']) {
      for (const [type, byName] of Object.entries(parsed[kind] ?? {})) {
        module[kind][type] ??= {};
        for (const [name, bodies] of Object.entries(byName)) module[kind][type][name] = one(bodies);
      }
    }
    for (const kind of ['variable', 'output', 'provider']) {
      for (const [name, bodies] of Object.entries(parsed[kind] ?? {})) module[kind][name] = one(bodies);
    }
    for (const block of parsed.locals ?? []) Object.assign(module.locals, block);
    module.terraform.push(...(parsed.terraform ?? []));
  }
  return module;
}

/** Every string in a parsed value, with the path of keys that leads to it. */
export function* strings(value, path = []) {
  if (typeof value === 'string') {
    yield { path, value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
  }
}

/** The references (var.x, aws_type.name.attr, data.t.n, local.x, each.key, …) in every expression of a file. */
export async function references(file) {
  const found = [];
  for (const { path, value } of strings(file.parsed)) {
    if (!value.includes('${')) continue;
    for (const ref of await getReferencesInExpression(file.name, value)) {
      found.push({ file: file.name, path: path.join('.'), ref: ref.value });
    }
  }
  return found;
}

/**
 * Evaluates a constant HCL expression such as `jsonencode({ source = ["aws.codebuild"] })` into plain JSON, using
 * HCL's own expression parser. References cannot be known offline and stay as "${reference}" strings.
 */
export async function evaluate(fileName, expression) {
  const source = `"${expression}"`;
  const ast = await getExpressionAst(fileName, source);
  const text = (node) => source.slice(node.range.start.byte, node.range.end.byte);
  const walk = (node) => {
    switch (node.type) {
      case 'templateWrap':
        return walk(node.children[0]);
      case 'function':
        if (node.meta.name !== 'jsonencode') throw new Error(`cannot evaluate ${node.meta.name}() offline`);
        return walk(node.children[0]);
      case 'object': {
        const out = {};
        for (let i = 0; i < node.children.length; i += 2) {
          out[text(node.children[i]).replace(/^"|"$/g, '')] = walk(node.children[i + 1]);
        }
        return out;
      }
      case 'tuple':
        return node.children.map(walk);
      case 'literalValue':
        if (node.meta.type === 'number') return Number(node.meta.value);
        if (node.meta.type === 'bool') return node.meta.value === 'true';
        return node.meta.value;
      case 'template':
        return node.children.map((c) => (c.type === 'literalValue' ? c.meta.value : `\${${text(c)}}`)).join('');
      case 'scopeTraversal':
        return `\${${node.meta.value}}`;
      default:
        return `\${${text(node)}}`;
    }
  };
  return walk(ast);
}

/** Parses a JSON template (a heredoc), standing a placeholder in for each ${...} interpolation. */
export function parseJsonTemplate(template) {
  return JSON.parse(template.replace(/\$\{[^}]*\}/g, 'INTERPOLATED'));
}

/** The statements of an aws_iam_policy_document data source, dynamic ones included (their `content`). */
export function policyStatements(module, name) {
  const doc = module.data.aws_iam_policy_document?.[name];
  if (!doc) throw new Error(`no data.aws_iam_policy_document.${name}`);
  const statements = [...(doc.statement ?? [])];
  for (const dynamic of doc.dynamic?.statement ?? []) statements.push(...(dynamic.content ?? []));
  return statements;
}
