resource "aws_secretsmanager_secret" "good" {
  name       = "partner-credentials"
  kms_key_id = aws_kms_key.secrets.arn
}
