resource "aws_backup_vault" "good" {
  name        = "prod-vault"
  kms_key_arn = aws_kms_key.backup.arn
}
