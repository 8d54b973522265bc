resource "aws_backup_vault" "good" {
  name        = "prod-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault_lock_configuration" "good" {
  backup_vault_name  = aws_backup_vault.good.id
  min_retention_days = 14
}
