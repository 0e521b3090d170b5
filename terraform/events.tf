# CodeDeploy success -> CodeBuild run for that stage; CodeBuild run finished -> notifier Lambda.

resource "aws_cloudwatch_event_rule" "deployment_succeeded" {
  for_each = var.deployments

  name        = "${var.project_name}-${each.key}-deployed"
  description = "A deployment of ${each.value.application}/${each.value.deployment_group} succeeded: run the ${each.key} collections"

  event_pattern = jsonencode({
    source        = ["aws.codedeploy"]
    "detail-type" = ["CodeDeploy Deployment State-change Notification"]
    detail = {
      state           = ["SUCCESS"]
      application     = [each.value.application]
      deploymentGroup = [each.value.deployment_group]
    }
  })
}

# EventBridge hands the transformed input to StartBuild as its request: the stage comes from the rule, the deployment
# id from the event, both as build environment variables.
resource "aws_cloudwatch_event_target" "start_build" {
  for_each = var.deployments

  rule     = aws_cloudwatch_event_rule.deployment_succeeded[each.key].name
  arn      = aws_codebuild_project.smoke.arn
  role_arn = aws_iam_role.events_start_build.arn

  input_transformer {
    input_paths = {
      deploymentId = "$.detail.deploymentId"
    }
    input_template = <<-EOT
      {
        "environmentVariablesOverride": [
          {"name": "STAGE", "value": "${each.key}", "type": "PLAINTEXT"},
          {"name": "DEPLOYMENT_ID", "value": "<deploymentId>", "type": "PLAINTEXT"}
        ]
      }
    EOT
  }
}

data "aws_iam_policy_document" "events_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "events_start_build" {
  name               = "${var.project_name}-start-build"
  assume_role_policy = data.aws_iam_policy_document.events_assume.json
}

data "aws_iam_policy_document" "events_start_build" {
  statement {
    sid       = "StartCollectionRun"
    actions   = ["codebuild:StartBuild"]
    resources = [aws_codebuild_project.smoke.arn]
  }
}

resource "aws_iam_role_policy" "events_start_build" {
  name   = "start-build"
  role   = aws_iam_role.events_start_build.id
  policy = data.aws_iam_policy_document.events_start_build.json
}

# EventBridge has no event for a batch build as a whole: each shard of a batch sends its own Build State Change. The
# notifier looks the batch up and posts once all its builds ended, so every final status must reach it (the last
# shard may fault or time out).
resource "aws_cloudwatch_event_rule" "build_finished" {
  name        = "${var.project_name}-finished"
  description = "A ${var.project_name} run (or a shard of a batch run) ended: post the test summary to Slack"

  event_pattern = jsonencode({
    source        = ["aws.codebuild"]
    "detail-type" = ["CodeBuild Build State Change"]
    detail = {
      "build-status" = ["SUCCEEDED", "FAILED", "STOPPED", "FAULT", "TIMED_OUT"]
      "project-name" = [aws_codebuild_project.smoke.name]
    }
  })
}

resource "aws_cloudwatch_event_target" "notify" {
  rule = aws_cloudwatch_event_rule.build_finished.name
  arn  = aws_lambda_function.notifier.arn

  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 8
  }
}

resource "aws_lambda_permission" "events_invoke_notifier" {
  statement_id  = "AllowBuildFinishedRule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.notifier.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.build_finished.arn
}
