# Example: a CodeDeploy deployment group (Lambda compute platform) whose deployments the jnewman gate decides, and
# which rolls back when the gate reports Failed. The application's own Terraform holds this; the jnewman module
# (../../) provides the gate function. An ECS blue/green group is gated the same way: same auto-rollback block, same
# invoke permission, hooks as in appspec-ecs.yml.

terraform {
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.82.0"
    }
  }
}

variable "application_name" {
  description = "CodeDeploy application of the service being deployed."
  type        = string
  default     = "shop"
}

variable "gate_function_arn" {
  description = "The jnewman module's gate_function_arn output."
  type        = string
}

resource "aws_codedeploy_app" "service" {
  name             = var.application_name
  compute_platform = "Lambda"
}

resource "aws_codedeploy_deployment_group" "production" {
  app_name               = aws_codedeploy_app.service.name
  deployment_group_name  = "${var.application_name}-production"
  service_role_arn       = aws_iam_role.codedeploy.arn
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  # A hook the gate reports Failed fails the deployment; this sends traffic back to the previous version.
  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST"]
  }
}

data "aws_iam_policy_document" "codedeploy_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codedeploy.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "codedeploy" {
  name               = "${var.application_name}-codedeploy"
  assume_role_policy = data.aws_iam_policy_document.codedeploy_assume.json
}

resource "aws_iam_role_policy_attachment" "codedeploy_lambda" {
  role       = aws_iam_role.codedeploy.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSCodeDeployRoleForLambda"
}

# The managed policy only lets CodeDeploy invoke hook functions named CodeDeployHook_*; the gate is named otherwise.
data "aws_iam_policy_document" "invoke_gate" {
  statement {
    sid       = "InvokeJnewmanGate"
    actions   = ["lambda:InvokeFunction"]
    resources = [var.gate_function_arn]
  }
}

resource "aws_iam_role_policy" "invoke_gate" {
  name   = "invoke-jnewman-gate"
  role   = aws_iam_role.codedeploy.id
  policy = data.aws_iam_policy_document.invoke_gate.json
}
