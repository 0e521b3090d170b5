// Least privilege: the notifier may make exactly the AWS calls its code makes, each role is scoped to its resources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, merge, policyStatements, repoRoot } from '../lib/terraform.mjs';

const module = merge(await loadFiles());
const documents = Object.keys(module.data.aws_iam_policy_document);
const actionsOf = (name) => policyStatements(module, name).flatMap((s) => s.actions ?? []);

// The AWS SDK calls in a Java package's sources: `<client field>.<operation>(`, client field named per service.
const CLIENT_SERVICES = { codeBuild: 'codebuild', dynamoDb: 'dynamodb', secrets: 'secretsmanager', codeDeploy: 'codedeploy' };
function sdkCallsIn(pkg) {
  const dir = join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', pkg);
  const calls = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.java'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\b(codeBuild|dynamoDb|secrets|codeDeploy)\.([a-z]\w*)\(/g)) {
      if (m[2] === 'close') continue;
      calls.add(`${CLIENT_SERVICES[m[1]]}:${m[2][0].toUpperCase()}${m[2].slice(1)}`);
    }
  }
  return calls;
}
const sdkCallsInNotifier = () => sdkCallsIn('notifier');

/** Action => every resource any statement of the document grants it on. */
function resourcesByAction(name) {
  const byAction = {};
  for (const s of policyStatements(module, name)) {
    for (const a of s.actions) byAction[a] = [...(byAction[a] ?? []), ...[].concat(s.resources)].sort();
  }
  return byAction;
}

test('the notifier\'s SDK calls are found in its sources', () => {
  const calls = sdkCallsInNotifier();
  for (const expected of ['codebuild:BatchGetBuilds', 'codebuild:BatchGetBuildBatches', 'codebuild:DescribeTestCases',
    'dynamodb:PutItem']) {
    assert.ok(calls.has(expected), `${expected} not found; was a client field renamed?`);
  }
});

test('the notifier role allows exactly the calls the Lambda makes, plus writing its logs', () => {
  const expected = [...sdkCallsInNotifier(), 'logs:CreateLogStream', 'logs:PutLogEvents'].sort();
  assert.deepEqual([...new Set(actionsOf('notifier'))].sort(), expected);
});

test('the notifier policy is attached to the role the Lambda runs as', () => {
  const lambda = module.resource.aws_lambda_function.notifier;
  assert.equal(lambda.role, '${aws_iam_role.notifier.arn}');
  const attached = module.resource.aws_iam_role_policy.notifier;
  assert.equal(attached.role, '${aws_iam_role.notifier.id}');
  assert.equal(attached.policy, '${data.aws_iam_policy_document.notifier.json}');
});

test('each notifier permission names only the resources it needs', () => {
  const byAction = resourcesByAction('notifier');
  assert.deepEqual(byAction['codebuild:BatchGetBuilds'], ['${aws_codebuild_project.smoke.arn}']);
  assert.deepEqual(byAction['codebuild:BatchGetBuildBatches'], ['${aws_codebuild_project.smoke.arn}']);
  assert.deepEqual(byAction['codebuild:DescribeTestCases'], ['${aws_codebuild_report_group.junit.arn}']);
  assert.deepEqual(byAction['codebuild:BatchGetReports'], ['${aws_codebuild_report_group.junit.arn}']);
  assert.deepEqual(byAction['secretsmanager:GetSecretValue'], ['${aws_secretsmanager_secret.pagerduty_routing_key.arn}',
    '${aws_secretsmanager_secret.slack_token.arn}']);
  assert.deepEqual(byAction['dynamodb:PutItem'], ['${aws_dynamodb_table.monitor_state.arn}',
    '${aws_dynamodb_table.posted_builds.arn}']);
  assert.deepEqual(byAction['dynamodb:UpdateItem'], ['${aws_dynamodb_table.posted_builds.arn}']);
  assert.deepEqual(byAction['dynamodb:DeleteItem'], ['${aws_dynamodb_table.posted_builds.arn}']);
  assert.deepEqual(byAction['dynamodb:GetItem'], ['${aws_dynamodb_table.monitor_state.arn}']);
  assert.deepEqual(byAction['logs:PutLogEvents'], ['${aws_cloudwatch_log_group.notifier.arn}:*']);
});

test('the gate role allows exactly the calls the gate makes, plus writing its logs', () => {
  const calls = sdkCallsIn('gate');
  for (const expected of ['codebuild:StartBuild', 'codedeploy:PutLifecycleEventHookExecutionStatus']) {
    assert.ok(calls.has(expected), `${expected} not found in the gate's sources; was a client field renamed?`);
  }
  assert.deepEqual([...new Set(actionsOf('gate'))].sort(), [...calls, 'logs:CreateLogStream', 'logs:PutLogEvents'].sort());
});

test('the gate may run only the collections project and answer only the gated deployment groups', () => {
  const byAction = resourcesByAction('gate');
  for (const action of ['codebuild:StartBuild', 'codebuild:BatchGetBuilds', 'codebuild:StopBuild']) {
    assert.deepEqual(byAction[action], ['${aws_codebuild_project.smoke.arn}'], action);
  }
  const deployments = policyStatements(module, 'gate').find((s) => s.sid === 'ReadDeploymentAndReportHook');
  // one deployment group ARN per gated deployment, built by a for expression
  assert.match(deployments.resources, /^\$\{\[for stage, d in var\.gated_deployments :\s*"arn:\$\{local\.partition\}:codedeploy:\$\{var\.region\}:\$\{local\.account_id\}:deploymentgroup:\$\{d\.application\}\/\$\{d\.deployment_group\}"\s*\]\}$/);
  assert.equal(module.data.aws_iam_policy_document.gate.dynamic.statement[0].for_each,
    '${length(var.gated_deployments) > 0 ? [1] : []}', 'no CodeDeploy statement (and no empty one) without gated groups');
  assert.equal(module.resource.aws_iam_role_policy.gate.role, '${aws_iam_role.gate.id}');
  assert.equal(module.resource.aws_lambda_function.gate.role, '${aws_iam_role.gate.arn}');
});

test('no policy grants a wildcard action or resource', () => {
  for (const name of documents) {
    for (const s of policyStatements(module, name)) {
      for (const a of s.actions ?? []) assert.ok(!a.includes('*'), `${name}: action ${a}`);
      for (const r of s.resources ?? []) assert.notEqual(r, '*', `${name}: resource *`);
      assert.ok(!s.not_actions && !s.not_resources, `${name}: NotAction/NotResource`);
      assert.notEqual(s.effect, 'Deny', `${name}: unexpected Deny`);
    }
  }
});

test('EventBridge may only start the collections project (deployment and monitor rules share the role)', () => {
  assert.deepEqual(actionsOf('events_start_build'), ['codebuild:StartBuild']);
  assert.deepEqual(policyStatements(module, 'events_start_build')[0].resources, ['${aws_codebuild_project.smoke.arn}']);
});

test('CodeBuild may write its logs, file test reports and upload artifacts, no more', () => {
  assert.deepEqual([...actionsOf('codebuild')].sort(), [
    'codebuild:BatchPutTestCases', 'codebuild:CreateReport', 'codebuild:UpdateReport',
    'codecommit:GitPull', 'logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetBucketAcl', 's3:GetBucketLocation',
    's3:PutObject']);
  const reports = policyStatements(module, 'codebuild').find((s) => s.actions.includes('codebuild:CreateReport'));
  assert.deepEqual(reports.resources, ['${aws_codebuild_report_group.junit.arn}']);
});

test('the batch role may only start, stop and retry the project\'s builds, and is the project\'s batch role', () => {
  assert.deepEqual([...actionsOf('codebuild_batch')].sort(),
    ['codebuild:RetryBuild', 'codebuild:StartBuild', 'codebuild:StopBuild']);
  assert.deepEqual(policyStatements(module, 'codebuild_batch')[0].resources, ['${aws_codebuild_project.smoke.arn}']);
  const role = module.resource.aws_iam_role.codebuild_batch;
  assert.equal(role.assume_role_policy, '${data.aws_iam_policy_document.codebuild_assume.json}');
  const attached = module.resource.aws_iam_role_policy.codebuild_batch;
  assert.equal(attached.role, '${aws_iam_role.codebuild_batch.id}');
  assert.equal(attached.policy, '${data.aws_iam_policy_document.codebuild_batch.json}');
  const batch = module.resource.aws_codebuild_project.smoke.build_batch_config[0];
  assert.equal(batch.service_role, '${aws_iam_role.codebuild_batch.arn}');
});

test('each role is assumable only by its service', () => {
  const principal = (doc) => policyStatements(module, doc)[0].principals[0].identifiers;
  assert.deepEqual(principal('notifier_assume'), ['lambda.amazonaws.com']);
  assert.deepEqual(principal('codebuild_assume'), ['codebuild.amazonaws.com']);
  assert.deepEqual(principal('events_assume'), ['events.amazonaws.com']);
});
