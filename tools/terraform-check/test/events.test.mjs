// The EventBridge rules match the events the pipeline is built on, and the StartBuild input is valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, merge, evaluate, parseJsonTemplate, repoRoot } from '../lib/terraform.mjs';

const module = merge(await loadFiles());
const rules = module.resource.aws_cloudwatch_event_rule ?? {};
const targets = module.resource.aws_cloudwatch_event_target ?? {};

const pattern = async (name) => {
  const rule = rules[name];
  assert.ok(rule, `no aws_cloudwatch_event_rule.${name}`);
  const value = await evaluate('events.tf', rule.event_pattern);
  // what EventBridge receives must be JSON: evaluating and re-serialising must round-trip
  assert.deepEqual(JSON.parse(JSON.stringify(value)), value);
  return value;
};

test('deployment rule matches successful CodeDeploy deployments of the configured group', async () => {
  const p = await pattern('deployment_succeeded');
  assert.deepEqual(p.source, ['aws.codedeploy']);
  assert.deepEqual(p['detail-type'], ['CodeDeploy Deployment State-change Notification']);
  assert.deepEqual(p.detail.state, ['SUCCESS']);
  assert.deepEqual(p.detail.application, ['${each.value.application}']);
  assert.deepEqual(p.detail.deploymentGroup, ['${each.value.deployment_group}']);
  assert.equal(rules.deployment_succeeded.for_each, '${var.deployments}');
});

test('deployment rule starts the CodeBuild project with the stage as an environment override', () => {
  const target = targets.start_build;
  assert.ok(target, 'no aws_cloudwatch_event_target.start_build');
  assert.equal(target.arn, '${aws_codebuild_project.smoke.arn}');
  assert.equal(target.rule, '${aws_cloudwatch_event_rule.deployment_succeeded[each.key].name}');
  assert.equal(target.role_arn, '${aws_iam_role.events_start_build.arn}');
  const transformer = target.input_transformer[0];
  const input = parseJsonTemplate(transformer.input_template);
  const overrides = Object.fromEntries(input.environmentVariablesOverride.map((v) => [v.name, v]));
  assert.match(transformer.input_template, /"name": "STAGE", "value": "\$\{each\.key\}"/);
  assert.equal(overrides.STAGE.type, 'PLAINTEXT');
  // every <placeholder> in the template is an input path, and every input path is used
  const placeholders = [...transformer.input_template.matchAll(/<(\w+)>/g)].map((m) => m[1]);
  assert.deepEqual(placeholders.sort(), Object.keys(transformer.input_paths).sort());
  for (const path of Object.values(transformer.input_paths)) assert.match(path, /^\$\.detail\.\w+$/);
  assert.deepEqual(Object.keys(input), ['environmentVariablesOverride'], 'only StartBuild overrides belong here');
});

test('build rule matches the project\'s finished builds, every final status the notifier acts on', async () => {
  const p = await pattern('build_finished');
  assert.deepEqual(p.source, ['aws.codebuild']);
  // no batch-level event exists: the shards' own build events are what the notifier counts a batch's end by
  assert.deepEqual(p['detail-type'], ['CodeBuild Build State Change']);
  const finalStatuses = readFileSync(join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', 'notifier',
    'BuildEvent.java'), 'utf8').match(/FINAL_STATUSES = Set\.of\(([^)]*)\)/)[1].match(/"(\w+)"/g)
    .map((s) => s.slice(1, -1));
  assert.deepEqual([...p.detail['build-status']].sort(), [...finalStatuses].sort());
  assert.deepEqual([...p.detail['build-status']].sort(), ['FAILED', 'FAULT', 'STOPPED', 'SUCCEEDED', 'TIMED_OUT']);
  assert.deepEqual(p.detail['project-name'], ['${aws_codebuild_project.smoke.name}']);
});

test('build rule invokes the notifier, which lets exactly that rule invoke it', () => {
  assert.equal(targets.notify.arn, '${aws_lambda_function.notifier.arn}');
  assert.equal(targets.notify.rule, '${aws_cloudwatch_event_rule.build_finished.name}');
  const permission = module.resource.aws_lambda_permission.events_invoke_notifier;
  assert.equal(permission.principal, 'events.amazonaws.com');
  assert.equal(permission.action, 'lambda:InvokeFunction');
  assert.equal(permission.source_arn, '${aws_cloudwatch_event_rule.build_finished.arn}');
});

test('the evaluator reads nested objects, lists and references', async () => {
  assert.deepEqual(await evaluate('x.tf', '${jsonencode({ a = [1, "b", var.c], "d-e" = { f = true } })}'),
    { a: [1, 'b', '${var.c}'], 'd-e': { f: true } });
});

test('monitor rule runs on the configured schedule and can be switched off', () => {
  const rule = rules.monitor_schedule;
  assert.ok(rule, 'no aws_cloudwatch_event_rule.monitor_schedule');
  assert.equal(rule.schedule_expression, '${var.monitor_schedule}');
  assert.equal(rule.event_pattern, undefined, 'a schedule rule has no event pattern');
  assert.equal(rule.state, '${var.monitor_enabled ? "ENABLED" : "DISABLED"}');
  assert.equal(module.variable.monitor_schedule.default, 'rate(5 minutes)');
});

test('monitor rule starts the project for the watched stage with the notifier\'s monitor flag', async () => {
  const target = targets.monitor_start_build;
  assert.equal(target.arn, '${aws_codebuild_project.smoke.arn}');
  assert.equal(target.rule, '${aws_cloudwatch_event_rule.monitor_schedule.name}');
  assert.equal(target.role_arn, '${aws_iam_role.events_start_build.arn}');
  const input = await evaluate('monitor.tf', target.input);
  assert.deepEqual(Object.keys(input), ['environmentVariablesOverride'], 'only StartBuild overrides belong here');
  assert.deepEqual(input.environmentVariablesOverride, [
    { name: 'STAGE', value: '${var.monitor_stage}', type: 'PLAINTEXT' },
    { name: '${local.monitor_variable}', value: 'true', type: 'PLAINTEXT' },
  ]);
  // the flag the schedule sets is the one the notifier looks for
  const config = readFileSync(join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', 'notifier',
    'NotifierConfig.java'), 'utf8');
  assert.equal(module.locals.monitor_variable, config.match(/DEFAULT_MONITOR_VARIABLE = "(\w+)"/)[1]);
});
