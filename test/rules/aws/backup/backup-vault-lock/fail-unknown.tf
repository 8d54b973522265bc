resource "aws_backup_vault" "unknown_lock" {
  name        = "app-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault_lock_configuration" "shared" {
  backup_vault_name  = var.vault_name
  min_retention_days = 14
}
