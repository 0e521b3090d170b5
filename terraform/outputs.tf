output "codebuild_project" {
  description = "CodeBuild project that runs the collections."
  value       = aws_codebuild_project.smoke.name
}

output "report_group_arn" {
  description = "Report group holding the JUnit test reports."
  value       = aws_codebuild_report_group.junit.arn
}

output "artifacts_bucket" {
  description = "Bucket keeping each run's json/html reports."
  value       = aws_s3_bucket.artifacts.bucket
}

output "notifier_function" {
  description = "Notifier Lambda function name."
  value       = aws_lambda_function.notifier.function_name
}

output "posted_builds_table" {
  description = "DynamoDB table the notifier claims builds in."
  value       = aws_dynamodb_table.posted_builds.name
}

output "slack_token_secret_arn" {
  description = "Secret to put the Slack bot token into: aws secretsmanager put-secret-value --secret-id <this> --secret-string xoxb-..."
  value       = aws_secretsmanager_secret.slack_token.arn
}

output "deployment_rules" {
  description = "Stage => EventBridge rule that starts a run after that stage's deployment succeeds."
  value       = { for stage, rule in aws_cloudwatch_event_rule.deployment_succeeded : stage => rule.name }
}

output "gate_function" {
  description = "Gate Lambda function name, for the appspec's AfterAllowTestTraffic/AfterAllowTraffic hooks."
  value       = aws_lambda_function.gate.function_name
}

output "gate_function_arn" {
  description = "Gate Lambda ARN, for the CodeDeploy service role's lambda:InvokeFunction permission."
  value       = aws_lambda_function.gate.arn
}

output "monitor_rule" {
  description = "EventBridge rule that starts the monitor runs."
  value       = aws_cloudwatch_event_rule.monitor_schedule.name
}

output "monitor_state_table" {
  description = "DynamoDB table holding each monitored collection+environment's last state."
  value       = aws_dynamodb_table.monitor_state.name
}

output "pagerduty_routing_key_secret_arn" {
  description = "Secret to put the PagerDuty routing key into: aws secretsmanager put-secret-value --secret-id <this> --secret-string <key>"
  value       = aws_secretsmanager_secret.pagerduty_routing_key.arn
}
