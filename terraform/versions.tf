terraform {
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.82.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = var.tags
  }
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition

  # CodeBuild files the buildspec's `reports: junit:` into the group "<project name>-junit".
  report_group_name   = "${var.project_name}-junit"
  notifier_name       = "${var.project_name}-notifier"
  codebuild_log_group = "/aws/codebuild/${var.project_name}"
  notifier_log_group  = "/aws/lambda/${var.project_name}-notifier"
  notifier_handler    = "io.jnewman.notifier.NotifierHandler::handleRequest"
  gate_name           = "${var.project_name}-gate"
  gate_log_group      = "/aws/lambda/${var.project_name}-gate"
  gate_handler        = "io.jnewman.gate.GateHandler::handleRequest"

  # Build variable that marks scheduled monitor runs (the notifier's MONITOR_VARIABLE).
  monitor_variable = "JNEWMAN_MONITOR"
}
