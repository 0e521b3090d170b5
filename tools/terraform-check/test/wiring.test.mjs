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

// The jars the notifier module shades: finalName of each shade execution.
const shadedJars = [...readFileSync(join(repoRoot, 'notifier', 'pom.xml'), 'utf8')
  .matchAll(/<finalName>([^<]+)<\/finalName>/g)].map((m) => `../notifier/target/${m[1]}.jar`);

test('each Lambda is deployed from a jar the notifier build shades', () => {
  assert.deepEqual(shadedJars.sort(), ['../notifier/target/jnewman-gate-lambda.jar',
    '../notifier/target/jnewman-notifier-lambda.jar']);
  for (const [fn, jarVariable] of [['notifier', 'notifier_jar'], ['gate', 'gate_jar']]) {
    const resource = module.resource.aws_lambda_function[fn];
    assert.ok(shadedJars.includes(module.variable[jarVariable].default), `${jarVariable} is not a shaded jar`);
    assert.equal(resource.filename, `\${var.${jarVariable}}`);
    assert.equal(resource.source_code_hash, `\${filebase64sha256(var.${jarVariable})}`);
  }
  assert.match(module.variable.gate_jar.default, /gate/);
});

/** The environment variables a config class reads: required(env, "X"), optional(env, "X"), seconds(env, "X", n)… */
function settingsReadBy(source) {
  const required = [...source.matchAll(/required\(env, "(\w+)"\)/g)].map((m) => m[1]);
  const optional = [...source.matchAll(/(?:env\.(?:getOrDefault|get)\(|(?:optional|seconds)\(env, )"(\w+)"/g)]
    .map((m) => m[1]);
  return { required, optional };
}

test('the Lambda gets every setting the notifier reads, and nothing else', () => {
  const { required, optional } = settingsReadBy(javaSource('NotifierConfig.java'));
  const given = Object.keys(lambda.environment[0].variables);
  for (const name of required) assert.ok(given.includes(name), `Lambda environment lacks ${name}`);
  for (const name of given) assert.ok([...required, ...optional].includes(name), `notifier never reads ${name}`);
  // the monitor is switched on by its table, and then needs its routing key
  assert.ok(given.includes('MONITOR_STATE_TABLE') && given.includes('PAGERDUTY_ROUTING_KEY_SECRET_ARN'));
});

test('the gate Lambda runs the gate handler with every setting it reads, and nothing else', () => {
  const gate = module.resource.aws_lambda_function.gate;
  assert.equal(gate.runtime, 'java21');
  assert.equal(gate.handler, '${local.gate_handler}');
  const [cls, method] = module.locals.gate_handler.split('::');
  const file = join(repoRoot, 'notifier', 'src', 'main', 'java', ...cls.split('.')) + '.java';
  assert.ok(existsSync(file), `${cls} does not exist`);
  assert.match(readFileSync(file, 'utf8'), new RegExp(`public void ${method}\\(InputStream`));
  const { required, optional } = settingsReadBy(readFileSync(
    join(repoRoot, 'notifier', 'src', 'main', 'java', 'io', 'jnewman', 'gate', 'GateConfig.java'), 'utf8'));
  const given = Object.keys(gate.environment[0].variables);
  for (const name of required) assert.ok(given.includes(name), `gate environment lacks ${name}`);
  for (const name of given) assert.ok([...required, ...optional].includes(name), `gate never reads ${name}`);
  assert.equal(gate.environment[0].variables.PROJECT_NAME, '${aws_codebuild_project.smoke.name}');
  // GateConfig.stageOf looks stages up as "<application>/<deployment group>"
  assert.match(gate.environment[0].variables.DEPLOYMENT_STAGES,
    /for stage, d in var\.gated_deployments : "\$\{d\.application\}\/\$\{d\.deployment_group\}" => stage/);
  assert.match(readFileSync(file.replace('GateHandler', 'GateConfig'), 'utf8'), /application \+ "\/" \+ deploymentGroup/);
});

test('the gate\'s timeout leaves room for CodeBuild\'s shortest build and stays within Lambda\'s longest', () => {
  assert.equal(module.resource.aws_lambda_function.gate.timeout, '${var.gate_timeout_seconds}');
  assert.equal(module.variable.gate_timeout_seconds.default, 900);
  assert.match(module.variable.gate_timeout_seconds.validation[0].condition, />= 360 && .* <= 900/);
});

test('the monitor state table has the key the notifier reads and writes', () => {
  const states = javaSource('DynamoDbMonitorStates.java');
  const key = states.match(/KEY = "(\w+)"/)[1];
  const table = module.resource.aws_dynamodb_table.monitor_state;
  assert.equal(table.hash_key, key);
  assert.deepEqual(table.attribute, [{ name: key, type: 'S' }]);
  assert.equal(lambda.environment[0].variables.MONITOR_STATE_TABLE, '${aws_dynamodb_table.monitor_state.name}');
  assert.equal(lambda.environment[0].variables.PAGERDUTY_ROUTING_KEY_SECRET_ARN,
    '${aws_secretsmanager_secret.pagerduty_routing_key.arn}');
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

test('every log group keeps logs for the configured retention', () => {
  const groups = module.resource.aws_cloudwatch_log_group;
  assert.equal(groups.notifier.retention_in_days, '${var.log_retention_days}');
  assert.equal(groups.gate.retention_in_days, '${var.log_retention_days}');
  assert.equal(module.resource.aws_lambda_function.gate.logging_config[0].log_group,
    '${aws_cloudwatch_log_group.gate.name}');
  assert.equal(groups.codebuild.retention_in_days, '${var.log_retention_days}');
  assert.equal(lambda.logging_config[0].log_group, '${aws_cloudwatch_log_group.notifier.name}');
  assert.equal(module.resource.aws_codebuild_project.smoke.logs_config[0].cloudwatch_logs[0].group_name,
    '${aws_cloudwatch_log_group.codebuild.name}');
});

test('the batch buildspec runs every shard of the suite once, into the single-build flow\'s report group', () => {
  const single = parseYaml(readFileSync(join(repoRoot, 'buildspec.yml'), 'utf8'));
  const batch = parseYaml(readFileSync(join(repoRoot, 'buildspec-batch.yml'), 'utf8'));
  assert.deepEqual(Object.keys(batch.reports), Object.keys(single.reports), 'same report group key');
  assert.equal(batch.reports.junit['file-format'], 'JUNITXML');
  assert.equal(batch.batch['fast-fail'], false, 'a failing shard must not cancel the others');
  const shards = batch.batch['build-list'].map((b) => b.env.variables.SHARD);
  const count = shards.length;
  assert.deepEqual(shards, Array.from({ length: count }, (_, i) => `${i + 1}/${count}`), 'SHARD i/n, each once');
  assert.deepEqual(new Set(batch.batch['build-list'].map((b) => b.identifier)).size, count, 'unique identifiers');
  for (const b of batch.batch['build-list']) assert.equal(b.buildspec, 'buildspec-batch.yml');
  // the shards and the build that reads the batch buildspec fit the project's batch limit
  const config = module.resource.aws_codebuild_project.smoke.build_batch_config[0];
  assert.equal(config.restrictions[0].maximum_builds_allowed, '${var.batch_max_builds}');
  assert.ok(module.variable.batch_max_builds.default >= count + 1);
  assert.equal(config.combine_artifacts, false);
  // one run of all collections per shard; its JUnit file is named after the shard, so shards never overwrite
  const run = batch.phases.build.commands.join('\n');
  assert.match(run, /\.\/jnewman run "\$COLLECTIONS_DIR" --shard "\$SHARD"/);
  assert.match(run, /--reporter-junit-codebuild/);
  assert.match(run, /name="shard-\$\{SHARD%%\/\*\}-of-\$\{SHARD##\*\/\}"/);
  assert.match(run, /--reporter-junit-export "\$REPORTS_DIR\/junit\/\$name\.xml"/);
  assert.equal(batch.reports.junit['base-directory'], 'reports/junit');
  // the same set-up as the single build
  assert.deepEqual(batch.phases.install, single.phases.install);
  assert.deepEqual(batch.phases.pre_build.commands.slice(1), single.phases.pre_build.commands.slice(1));
});
