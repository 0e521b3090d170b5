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

variable "batch_max_builds" {
  description = "Most builds a batch build may run at once: the shards of buildspec-batch.yml (one build each, plus the one that reads the batch buildspec)."
  type        = number
  default     = 5

  validation {
    condition     = var.batch_max_builds >= 2 && var.batch_max_builds <= 100
    error_message = "batch_max_builds must be 2-100."
  }
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

variable "gated_deployments" {
  description = "Stage => the CodeDeploy application and deployment group whose lifecycle hooks the gate Lambda decides (name the gate in their appspec hooks). Usually not also in `deployments`, which runs after success instead."
  type = map(object({
    application      = string
    deployment_group = string
  }))
  default = {}
}

variable "gate_jar" {
  description = "Path of the gate Lambda jar built by `./mvnw -pl notifier -am package`."
  type        = string
  default     = "../notifier/target/jnewman-gate-lambda.jar"
}

variable "gate_timeout_seconds" {
  description = "Timeout of the gate Lambda: the longest a gated run may take, plus 30 s to stop it and report. Lambda allows at most 900."
  type        = number
  default     = 900

  validation {
    condition     = var.gate_timeout_seconds >= 360 && var.gate_timeout_seconds <= 900
    error_message = "gate_timeout_seconds must be 360-900: CodeBuild's shortest build timeout is 5 minutes, Lambda's longest 15."
  }
}

variable "monitor_enabled" {
  description = "Whether the monitor schedule runs (false keeps it, disabled)."
  type        = bool
  default     = true
}

variable "monitor_stage" {
  description = "Stage the monitor watches (environments/<stage>.postman_environment.json)."
  type        = string
  default     = "production"
}

variable "monitor_schedule" {
  description = "How often the monitor runs, as an EventBridge schedule expression."
  type        = string
  default     = "rate(5 minutes)"

  validation {
    condition     = can(regex("^(rate\\(\\d+ (minute|minutes|hour|hours|day|days)\\)|cron\\(.+\\))$", var.monitor_schedule))
    error_message = "monitor_schedule must be rate(N minutes|hours|days) or cron(...)."
  }
}

variable "pagerduty_events_url" {
  description = "PagerDuty Events API v2 endpoint the notifier sends monitor incidents to."
  type        = string
  default     = "https://events.pagerduty.com/v2/enqueue"
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
