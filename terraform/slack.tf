# The Slack bot token lives only in Secrets Manager. Terraform creates the empty secret; its value is set outside
# Terraform (see the README's set-up steps), so no token is ever in code, plan or state.

resource "aws_secretsmanager_secret" "slack_token" {
  name        = "${var.project_name}/slack-bot-token"
  description = "Slack bot token (xoxb-...) the jnewman notifier posts with; needs the chat:write scope"
}
