// What Terraform deploys fits what the rest of the repository builds: handler, settings, jar, report group, dedup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadFiles, merge, repoRoot, strings } from '../lib/terraform.mjs';

const files = await loadFiles();
const module = merge(files);
const lambda = module.resource.aws_lambda_function.notifier;
const javaSource = (name) => readFileSync(
  join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', 'notifier', name), 'utf8');

test('the Lambda runs the notifier handler on Java 21', () => {
  assert.equal(lambda.runtime, 'java21');
  assert.equal(lambda.handler, '${local.notifier_handler}');
  const [cls, method] = module.locals.notifier_handler.split('::');
  const file = join(repoRoot, 'notifier', 'src', 'main', 'java', ...cls.split('.')) + '.java';
  assert.ok(existsSync(file), `${cls} does not exist`);
  assert.match(readFileSync(file, 'utf8'), new RegExp(`public void ${method}\\(InputStream`));
});

test('the Lambda is deployed from the jar the notifier build shades', () => {
  const pom = readFileSync(join(repoRoot, 'notifier', 'pom.xml'), 'utf8');
  const finalName = pom.match(/<finalName>([^<]+)<\/finalName>/)[1];
  assert.equal(module.variable.notifier_jar.default, `../notifier/target/${finalName}.jar`);
  assert.equal(lambda.filename, '${var.notifier_jar}');
  assert.equal(lambda.source_code_hash, '${filebase64sha256(var.notifier_jar)}');
});

test('the Lambda gets every setting the notifier reads, and nothing else', () => {
  const config = javaSource('NotifierConfig.java');
  const required = [...config.matchAll(/required\(env, "(\w+)"\)/g)].map((m) => m[1]);
  const optional = [...config.matchAll(/env\.(?:getOrDefault|get)\("(\w+)"/g)].map((m) => m[1]);
  const given = Object.keys(lambda.environment[0].variables);
  for (const name of required) assert.ok(given.includes(name), `Lambda environment lacks ${name}`);
  for (const name of given) assert.ok([...required, ...optional].includes(name), `notifier never reads ${name}`);
});

test('no secret value is in the configuration', () => {
  for (const file of files) {
    for (const { path, value } of strings(file.parsed)) {
      assert.doesNotMatch(value, /xox[abpr]-[0-9A-Za-z-]+/, `${file.name} ${path.join('.')} holds a Slack token`);
    }
  }
  assert.equal(module.resource.aws_secretsmanager_secret_version, undefined, 'secret values must not be in state');
  assert.equal(lambda.environment[0].variables.SLACK_TOKEN_SECRET_ARN, '${aws_secretsmanager_secret.slack_token.arn}');
});

test('the report group is the one the buildspec\'s reports section files into', () => {
  const buildspec = parseYaml(readFileSync(join(repoRoot, 'buildspec.yml'), 'utf8'));
  const [reportKey] = Object.keys(buildspec.reports);
  assert.equal(module.locals.report_group_name, `\${var.project_name}-${reportKey}`);
  assert.equal(module.resource.aws_codebuild_report_group.junit.name, '${local.report_group_name}');
  assert.equal(module.resource.aws_codebuild_report_group.junit.type, 'TEST');
  assert.equal(buildspec.reports[reportKey]['file-format'], 'JUNITXML');
  assert.equal(module.resource.aws_codebuild_project.smoke.source[0].buildspec, 'buildspec.yml');
});

test('the dedup table has the key and expiry attribute the notifier writes', () => {
  const posted = javaSource('PostedBuilds.java');
  const key = posted.match(/KEY = "(\w+)"/)[1];
  const expires = posted.match(/EXPIRES = "(\w+)"/)[1];
  const table = module.resource.aws_dynamodb_table.posted_builds;
  assert.equal(table.hash_key, key);
  assert.deepEqual(table.attribute, [{ name: key, type: 'S' }]);
  assert.deepEqual(table.ttl, [{ attribute_name: expires, enabled: true }]);
  assert.equal(lambda.environment[0].variables.DEDUP_TABLE, '${aws_dynamodb_table.posted_builds.name}');
});

test('both log groups keep logs for the configured retention', () => {
  const groups = module.resource.aws_cloudwatch_log_group;
  assert.equal(groups.notifier.retention_in_days, '${var.log_retention_days}');
  assert.equal(groups.codebuild.retention_in_days, '${var.log_retention_days}');
  assert.equal(lambda.logging_config[0].log_group, '${aws_cloudwatch_log_group.notifier.name}');
  assert.equal(module.resource.aws_codebuild_project.smoke.logs_config[0].cloudwatch_logs[0].group_name,
    '${aws_cloudwatch_log_group.codebuild.name}');
});
