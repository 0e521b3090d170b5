# The deployment gate: a Lambda named in the appspec's AfterAllowTestTraffic/AfterAllowTraffic hooks. It starts the
# collections project for the deployment's stage, waits for it inside the invocation (polling, at most the function's
# timeout less a reserve) and reports the hook Succeeded or Failed; a Failed hook fails the deployment, which
# CodeDeploy rolls back when the deployment group enables auto-rollback (examples/gated-deployment-group/).

resource "aws_cloudwatch_log_group" "gate" {
  name              = local.gate_log_group
  retention_in_days = var.log_retention_days
}

resource "aws_iam_role" "gate" {
  name               = "${var.project_name}-gate"
  assume_role_policy = data.aws_iam_policy_document.notifier_assume.json
}

# Exactly the calls the gate makes (tools/terraform-check compares this with the gate's sources).
data "aws_iam_policy_document" "gate" {
  statement {
    sid       = "RunAndFollowCollections"
    actions   = ["codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:StopBuild"]
    resources = [aws_codebuild_project.smoke.arn]
  }

  # Only the gated deployment groups; without any, the gate has no CodeDeploy permission at all.
  dynamic "statement" {
    for_each = length(var.gated_deployments) > 0 ? [1] : []

    content {
      sid     = "ReadDeploymentAndReportHook"
      actions = ["codedeploy:GetDeployment", "codedeploy:PutLifecycleEventHookExecutionStatus"]
      resources = [for stage, d in var.gated_deployments :
        "arn:${local.partition}:codedeploy:${var.region}:${local.account_id}:deploymentgroup:${d.application}/${d.deployment_group}"
      ]
    }
  }

  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.gate.arn}:*"]
  }
}

resource "aws_iam_role_policy" "gate" {
  name   = "gate-deployment"
  role   = aws_iam_role.gate.id
  policy = data.aws_iam_policy_document.gate.json
}

resource "aws_lambda_function" "gate" {
  function_name    = local.gate_name
  description      = "Decides ${var.project_name}-gated CodeDeploy lifecycle hooks with a collection run"
  role             = aws_iam_role.gate.arn
  runtime          = "java21"
  handler          = local.gate_handler
  filename         = var.gate_jar
  source_code_hash = filebase64sha256(var.gate_jar)
  architectures    = ["arm64"]
  memory_size      = 256
  timeout          = var.gate_timeout_seconds

  environment {
    variables = {
      PROJECT_NAME = aws_codebuild_project.smoke.name
      DEPLOYMENT_STAGES = jsonencode({
        for stage, d in var.gated_deployments : "${d.application}/${d.deployment_group}" => stage
      })
      RESERVE_SECONDS = "30"
    }
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.gate.name
  }

  depends_on = [aws_iam_role_policy.gate]
}
