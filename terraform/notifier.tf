# The notifier Lambda: reads a finished run's test report and posts the Slack summary.

resource "aws_cloudwatch_log_group" "notifier" {
  name              = local.notifier_log_group
  retention_in_days = var.log_retention_days
}

data "aws_iam_policy_document" "notifier_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "notifier" {
  name               = "${var.project_name}-notifier"
  assume_role_policy = data.aws_iam_policy_document.notifier_assume.json
}

# Exactly the calls the handler makes (tools/terraform-check compares this with the notifier's sources).
data "aws_iam_policy_document" "notifier" {
  statement {
    sid       = "ReadFinishedBuild"
    actions   = ["codebuild:BatchGetBuilds"]
    resources = [aws_codebuild_project.smoke.arn]
  }

  # A shard's build names its batch; the batch names its other builds, whose reports make the one summary.
  statement {
    sid       = "ReadBatchOfShards"
    actions   = ["codebuild:BatchGetBuildBatches"]
    resources = [aws_codebuild_project.smoke.arn]
  }

  statement {
    sid       = "ReadTestReport"
    actions   = ["codebuild:BatchGetReports", "codebuild:DescribeTestCases"]
    resources = [aws_codebuild_report_group.junit.arn]
  }

  statement {
    sid       = "ReadSlackToken"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.slack_token.arn]
  }

  statement {
    sid       = "ClaimMarkAndReleaseBuild"
    actions   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
    resources = [aws_dynamodb_table.posted_builds.arn]
  }

  statement {
    sid       = "ReadAndWriteMonitorState"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
    resources = [aws_dynamodb_table.monitor_state.arn]
  }

  statement {
    sid       = "ReadPagerDutyRoutingKey"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.pagerduty_routing_key.arn]
  }

  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.notifier.arn}:*"]
  }
}

resource "aws_iam_role_policy" "notifier" {
  name   = "post-test-summary"
  role   = aws_iam_role.notifier.id
  policy = data.aws_iam_policy_document.notifier.json
}

resource "aws_lambda_function" "notifier" {
  function_name    = local.notifier_name
  description      = "Posts the Slack summary of each ${var.project_name} run"
  role             = aws_iam_role.notifier.arn
  runtime          = "java21"
  handler          = local.notifier_handler
  filename         = var.notifier_jar
  source_code_hash = filebase64sha256(var.notifier_jar)
  architectures    = ["arm64"]
  memory_size      = var.notifier_memory_mb
  timeout          = var.notifier_timeout_seconds

  environment {
    variables = {
      SLACK_CHANNEL          = var.slack_channel
      SLACK_TOKEN_SECRET_ARN = aws_secretsmanager_secret.slack_token.arn
      DEDUP_TABLE            = aws_dynamodb_table.posted_builds.name
      STAGE_VARIABLE         = "STAGE"

      MONITOR_VARIABLE                 = local.monitor_variable
      MONITOR_STATE_TABLE              = aws_dynamodb_table.monitor_state.name
      PAGERDUTY_ROUTING_KEY_SECRET_ARN = aws_secretsmanager_secret.pagerduty_routing_key.arn
      PAGERDUTY_EVENTS_URL             = var.pagerduty_events_url
    }
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.notifier.name
  }

  depends_on = [aws_iam_role_policy.notifier]
}

# A failed invocation (Slack or AWS unavailable) is retried by Lambda; the dedup claim keeps retries from double posting.
resource "aws_lambda_function_event_invoke_config" "notifier" {
  function_name                = aws_lambda_function.notifier.function_name
  maximum_retry_attempts       = 2
  maximum_event_age_in_seconds = 3600
}
