resource "aws_secretsmanager_secret" "bad_default" {
  name = "db-password"
}

resource "aws_secretsmanager_secret" "bad_empty" {
  name       = "api-token"
  kms_key_id = ""
}

resource "aws_secretsmanager_secret" "unknown_key" {
  name       = "signing-key"
  kms_key_id = var.secret_key_arn
}

resource "aws_secretsmanager_secret" "good" {
  name       = "partner-credentials"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "bad_aws_managed" {
  name       = "legacy-token"
  kms_key_id = "alias/aws/secretsmanager"
}
