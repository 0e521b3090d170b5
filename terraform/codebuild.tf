# The CodeBuild project that runs buildspec.yml (single builds) and buildspec-batch.yml (batch builds of shards), its
# report group, log group, artifacts bucket and service roles.

resource "aws_codebuild_report_group" "junit" {
  name = local.report_group_name
  type = "TEST"

  export_config {
    type = "NO_EXPORT"
  }
}

resource "aws_cloudwatch_log_group" "codebuild" {
  name              = local.codebuild_log_group
  retention_in_days = var.log_retention_days
}

resource "aws_s3_bucket" "artifacts" {
  bucket_prefix = "${lower(var.project_name)}-reports-"
  force_destroy = true
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    id     = "expire-reports"
    status = "Enabled"

    filter {}

    expiration {
      days = var.artifact_retention_days
    }
  }
}

resource "aws_codebuild_project" "smoke" {
  name          = var.project_name
  description   = "Runs the jnewman collections against a stage after each successful deployment"
  service_role  = aws_iam_role.codebuild.arn
  build_timeout = var.build_timeout_minutes

  source {
    type            = var.source_type
    location        = var.source_location
    buildspec       = "buildspec.yml"
    git_clone_depth = 1
  }

  source_version = var.source_version

  environment {
    type         = "LINUX_CONTAINER"
    image        = var.build_image
    compute_type = var.build_compute_type

    # Each deployment's StartBuild overrides this with its stage (events.tf).
    environment_variable {
      name  = "STAGE"
      value = keys(var.deployments)[0]
      type  = "PLAINTEXT"
    }
  }

  artifacts {
    type      = "S3"
    location  = aws_s3_bucket.artifacts.bucket
    packaging = "NONE"
    path      = var.project_name
  }

  cache {
    type  = "LOCAL"
    modes = ["LOCAL_CUSTOM_CACHE"]
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.codebuild.name
    }
  }

  # Batch builds (start-build-batch with buildspec-batch.yml): one build per shard, each with the project's role;
  # the batch role only starts, stops and retries them.
  build_batch_config {
    service_role      = aws_iam_role.codebuild_batch.arn
    combine_artifacts = false
    timeout_in_mins   = var.build_timeout_minutes

    restrictions {
      maximum_builds_allowed = var.batch_max_builds
      compute_types_allowed  = [var.build_compute_type]
    }
  }
}

data "aws_iam_policy_document" "codebuild_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "codebuild" {
  name               = "${var.project_name}-codebuild"
  assume_role_policy = data.aws_iam_policy_document.codebuild_assume.json
}

# What a run does: write its logs, file JUnit results into the report group, upload the json/html reports, and
# (for a CodeCommit source only) pull the repository.
data "aws_iam_policy_document" "codebuild" {
  statement {
    sid       = "WriteBuildLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.codebuild.arn}:*"]
  }

  statement {
    sid       = "FileTestReports"
    actions   = ["codebuild:CreateReport", "codebuild:UpdateReport", "codebuild:BatchPutTestCases"]
    resources = [aws_codebuild_report_group.junit.arn]
  }

  statement {
    sid       = "UploadReportArtifacts"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.artifacts.arn}/${var.project_name}/*"]
  }

  # CodeBuild checks the artifacts bucket's region and owner before uploading.
  statement {
    sid       = "CheckArtifactsBucket"
    actions   = ["s3:GetBucketAcl", "s3:GetBucketLocation"]
    resources = [aws_s3_bucket.artifacts.arn]
  }

  dynamic "statement" {
    for_each = var.source_type == "CODECOMMIT" ? [var.source_location] : []

    content {
      sid       = "PullSource"
      actions   = ["codecommit:GitPull"]
      resources = ["arn:${local.partition}:codecommit:${var.region}:${local.account_id}:${element(split("/", statement.value), length(split("/", statement.value)) - 1)}"]
    }
  }
}

resource "aws_iam_role_policy" "codebuild" {
  name   = "run-collections"
  role   = aws_iam_role.codebuild.id
  policy = data.aws_iam_policy_document.codebuild.json
}

# What CodeBuild does on behalf of a batch build: start, stop and retry the project's builds, nothing else.
resource "aws_iam_role" "codebuild_batch" {
  name               = "${var.project_name}-codebuild-batch"
  assume_role_policy = data.aws_iam_policy_document.codebuild_assume.json
}

data "aws_iam_policy_document" "codebuild_batch" {
  statement {
    sid       = "RunBatchShards"
    actions   = ["codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild"]
    resources = [aws_codebuild_project.smoke.arn]
  }
}

resource "aws_iam_role_policy" "codebuild_batch" {
  name   = "run-batch-shards"
  role   = aws_iam_role.codebuild_batch.id
  policy = data.aws_iam_policy_document.codebuild_batch.json
}
