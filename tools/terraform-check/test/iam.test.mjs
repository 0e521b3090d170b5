// Least privilege: the notifier may make exactly the AWS calls its code makes, each role is scoped to its resources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, merge, policyStatements, repoRoot } from '../lib/terraform.mjs';

const module = merge(await loadFiles());
const documents = Object.keys(module.data.aws_iam_policy_document);
const actionsOf = (name) => policyStatements(module, name).flatMap((s) => s.actions ?? []);

// The AWS SDK calls in the notifier's sources: `<client field>.<operation>(`, client field named per service.
const CLIENT_SERVICES = { codeBuild: 'codebuild', dynamoDb: 'dynamodb', secrets: 'secretsmanager' };
function sdkCallsInNotifier() {
  const dir = join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', 'notifier');
  const calls = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.java'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\b(codeBuild|dynamoDb|secrets)\.([a-z]\w*)\(/g)) {
      if (m[2] === 'close') continue;
      calls.add(`${CLIENT_SERVICES[m[1]]}:${m[2][0].toUpperCase()}${m[2].slice(1)}`);
    }
  }
  return calls;
}

test('the notifier\'s SDK calls are found in its sources', () => {
  const calls = sdkCallsInNotifier();
  for (const expected of ['codebuild:BatchGetBuilds', 'codebuild:DescribeTestCases', 'dynamodb:PutItem']) {
    assert.ok(calls.has(expected), `${expected} not found; was a client field renamed?`);
  }
});

test('the notifier role allows exactly the calls the Lambda makes, plus writing its logs', () => {
  const expected = [...sdkCallsInNotifier(), 'logs:CreateLogStream', 'logs:PutLogEvents'].sort();
  assert.deepEqual([...actionsOf('notifier')].sort(), expected);
});

test('the notifier policy is attached to the role the Lambda runs as', () => {
  const lambda = module.resource.aws_lambda_function.notifier;
  assert.equal(lambda.role, '${aws_iam_role.notifier.arn}');
  const attached = module.resource.aws_iam_role_policy.notifier;
  assert.equal(attached.role, '${aws_iam_role.notifier.id}');
  assert.equal(attached.policy, '${data.aws_iam_policy_document.notifier.json}');
});

test('each notifier permission names the one resource it needs', () => {
  const byAction = {};
  for (const s of policyStatements(module, 'notifier')) for (const a of s.actions) byAction[a] = s.resources;
  assert.deepEqual(byAction['codebuild:BatchGetBuilds'], ['${aws_codebuild_project.smoke.arn}']);
  assert.deepEqual(byAction['codebuild:DescribeTestCases'], ['${aws_codebuild_report_group.junit.arn}']);
  assert.deepEqual(byAction['codebuild:BatchGetReports'], ['${aws_codebuild_report_group.junit.arn}']);
  assert.deepEqual(byAction['secretsmanager:GetSecretValue'], ['${aws_secretsmanager_secret.slack_token.arn}']);
  assert.deepEqual(byAction['dynamodb:PutItem'], ['${aws_dynamodb_table.posted_builds.arn}']);
  assert.deepEqual(byAction['logs:PutLogEvents'], ['${aws_cloudwatch_log_group.notifier.arn}:*']);
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

test('EventBridge may only start the collections project', () => {
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

test('each role is assumable only by its service', () => {
  const principal = (doc) => policyStatements(module, doc)[0].principals[0].identifiers;
  assert.deepEqual(principal('notifier_assume'), ['lambda.amazonaws.com']);
  assert.deepEqual(principal('codebuild_assume'), ['codebuild.amazonaws.com']);
  assert.deepEqual(principal('events_assume'), ['events.amazonaws.com']);
});
