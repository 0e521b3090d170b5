# The scheduled monitor: EventBridge starts the collections project against one stage every few minutes with the
# monitor flag set; the notifier (notifier.tf) then pages PagerDuty once per outage per collection+environment and
# posts to Slack only when a collection starts failing or recovers. Its state per dedup key lives in a table here.

resource "aws_cloudwatch_event_rule" "monitor_schedule" {
  name                = "${var.project_name}-monitor"
  description         = "Runs the ${var.project_name} collections against ${var.monitor_stage} on a schedule"
  schedule_expression = var.monitor_schedule
  state               = var.monitor_enabled ? "ENABLED" : "DISABLED"
}

# A constant StartBuild request: the stage to watch and the flag that makes the notifier treat the run as a monitor run.
resource "aws_cloudwatch_event_target" "monitor_start_build" {
  rule     = aws_cloudwatch_event_rule.monitor_schedule.name
  arn      = aws_codebuild_project.smoke.arn
  role_arn = aws_iam_role.events_start_build.arn

  input = jsonencode({
    environmentVariablesOverride = [
      { name = "STAGE", value = var.monitor_stage, type = "PLAINTEXT" },
      { name = local.monitor_variable, value = "true", type = "PLAINTEXT" },
    ]
  })
}

# Last health per collection+environment, keyed by the PagerDuty dedup key; written only by a newer run than the one
# stored, so a late event cannot undo a newer state.
resource "aws_dynamodb_table" "monitor_state" {
  name         = "${var.project_name}-monitor-state"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "dedupKey"

  attribute {
    name = "dedupKey"
    type = "S"
  }

  server_side_encryption {
    enabled = true
  }
}

# The PagerDuty Events API v2 routing (integration) key; Terraform creates the empty secret, the value is put outside
# Terraform so it is never in code, plan or state.
resource "aws_secretsmanager_secret" "pagerduty_routing_key" {
  name        = "${var.project_name}/pagerduty-routing-key"
  description = "PagerDuty Events API v2 routing key of the service the jnewman monitor pages"
}
