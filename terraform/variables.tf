variable "region" {
  description = "AWS region of the pipeline (the CodeDeploy application's region)."
  type        = string
}

variable "project_name" {
  description = "Name of the CodeBuild project; prefixes every other resource."
  type        = string
  default     = "jnewman-smoke"

  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9_-]{1,80}$", var.project_name))
    error_message = "project_name must be 2-81 letters, digits, '-' or '_', starting with a letter or digit."
  }
}

variable "source_type" {
  description = "Where CodeBuild gets this repository: GITHUB, GITHUB_ENTERPRISE, BITBUCKET or CODECOMMIT."
  type        = string
  default     = "GITHUB"

  validation {
    condition     = contains(["GITHUB", "GITHUB_ENTERPRISE", "BITBUCKET", "CODECOMMIT"], var.source_type)
    error_message = "source_type must be GITHUB, GITHUB_ENTERPRISE, BITBUCKET or CODECOMMIT."
  }
}

variable "source_location" {
  description = "Clone URL of this repository (the one holding buildspec.yml, collections/ and environments/)."
  type        = string
}

variable "source_version" {
  description = "Branch, tag or commit CodeBuild checks out."
  type        = string
  default     = "main"
}

variable "deployments" {
  description = "Stage name => the CodeDeploy application and deployment group whose successful deployments start a run with STAGE set to that name (environments/<stage>.postman_environment.json)."
  type = map(object({
    application      = string
    deployment_group = string
  }))

  validation {
    condition     = length(var.deployments) > 0
    error_message = "deployments must name at least one stage."
  }
}

variable "build_image" {
  description = "CodeBuild image; standard:7.0 provides the corretto21 runtime the buildspec selects."
  type        = string
  default     = "aws/codebuild/standard:7.0"
}

variable "build_compute_type" {
  description = "CodeBuild compute type."
  type        = string
  default     = "BUILD_GENERAL1_SMALL"
}

variable "build_timeout_minutes" {
  description = "Longest a run may take."
  type        = number
  default     = 30
}

variable "slack_channel" {
  description = "Slack channel id (C…) or name the notifier posts to; the bot must be a member."
  type        = string
}

variable "notifier_jar" {
  description = "Path of the notifier Lambda jar built by `./mvnw -pl notifier -am package`."
  type        = string
  default     = "../notifier/target/jnewman-notifier-lambda.jar"
}

variable "notifier_memory_mb" {
  description = "Memory of the notifier Lambda (also scales its CPU)."
  type        = number
  default     = 512
}

variable "notifier_timeout_seconds" {
  description = "Timeout of one notifier invocation; covers Slack retries (at most 30 s a wait)."
  type        = number
  default     = 120
}

variable "log_retention_days" {
  description = "Retention of the CodeBuild and Lambda log groups."
  type        = number
  default     = 30
}

variable "artifact_retention_days" {
  description = "Days the json/html reports are kept in the artifacts bucket."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags applied to every resource."
  type        = map(string)
  default = {
    app = "jnewman"
  }
}
