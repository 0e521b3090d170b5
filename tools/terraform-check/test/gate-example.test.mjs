// The gated deployment group example parses, is formatted, rolls back on a failed hook, lets CodeDeploy invoke the
// gate, and its appspecs name the gate function the module creates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadFiles, merge, moduleDir, policyStatements } from '../lib/terraform.mjs';

const exampleDir = join(moduleDir, 'examples', 'gated-deployment-group');
const files = await loadFiles(exampleDir);
const example = merge(files);
const module = merge(await loadFiles());

test('the example is formatted as terraform fmt would', () => {
  assert.ok(files.length > 0);
  for (const file of files) assert.equal(file.text, file.formatted, `${file.name} is not formatted`);
});

test('the deployment group rolls back when a deployment fails', () => {
  const group = example.resource.aws_codedeploy_deployment_group.production;
  const rollback = group.auto_rollback_configuration[0];
  assert.equal(rollback.enabled, true);
  assert.ok(rollback.events.includes('DEPLOYMENT_FAILURE'));
  assert.equal(group.deployment_style[0].deployment_type, 'BLUE_GREEN');
});

test('CodeDeploy\'s role may invoke the gate, and only the gate', () => {
  const [statement] = policyStatements(example, 'invoke_gate');
  assert.deepEqual(statement.actions, ['lambda:InvokeFunction']);
  assert.deepEqual(statement.resources, ['${var.gate_function_arn}']);
  assert.equal(example.resource.aws_iam_role_policy.invoke_gate.role, '${aws_iam_role.codedeploy.id}');
});

test('the appspecs hook the gate function of the module\'s default project', () => {
  const gateName = module.locals.gate_name.replace('${var.project_name}', module.variable.project_name.default);
  const hooks = (name) => parseYaml(readFileSync(join(exampleDir, name), 'utf8')).Hooks;
  assert.deepEqual(hooks('appspec.yml'), [{ AfterAllowTraffic: gateName }]);
  assert.deepEqual(hooks('appspec-ecs.yml'), [{ AfterAllowTestTraffic: gateName }, { AfterAllowTraffic: gateName }]);
});
