// Every .tf file parses with HashiCorp's HCL parser and is formatted as `terraform fmt` would leave it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFiles } from '../lib/terraform.mjs';

const files = await loadFiles();

test('the module has its files', () => {
  const names = files.map((f) => f.name);
  for (const expected of ['versions.tf', 'variables.tf', 'outputs.tf', 'codebuild.tf', 'events.tf', 'notifier.tf']) {
    assert.ok(names.includes(expected), `terraform/${expected} is missing`);
  }
});

for (const file of files) {
  test(`${file.name} parses`, () => {
    assert.equal(typeof file.parsed, 'object');
    assert.ok(Object.keys(file.parsed).length > 0, `${file.name} declares nothing`);
  });

  test(`${file.name} is formatted`, () => {
    if (file.formatted !== file.text) {
      const a = file.text.split('\n');
      const b = file.formatted.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      assert.fail(`${file.name}:${line + 1} is not formatted: expected ${JSON.stringify(b[line])}, `
        + `found ${JSON.stringify(a[line])} (run terraform fmt)`);
    }
  });
}

test('a syntax error is reported with file and line', async () => {
  const { parse } = await import('@cdktf/hcl2json');
  await assert.rejects(parse('broken.tf', 'resource "a" "b" {\n  x = \n}\n'), /broken\.tf:2/);
});
