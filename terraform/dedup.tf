# Builds the notifier has posted: a conditional PutItem keyed by build ARN lets exactly one invocation post a build
# (EventBridge delivers at least once; Lambda retries failed invocations). The winner marks the item posted; a claim
# never marked posted and older than any invocation can run is taken over. Items expire through TTL.

resource "aws_dynamodb_table" "posted_builds" {
  name         = "${var.project_name}-posted-builds"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "buildArn"

  attribute {
    name = "buildArn"
    type = "S"
  }

  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  server_side_encryption {
    enabled = true
  }
}
