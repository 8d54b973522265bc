resource "aws_backup_vault" "bad_unlocked" {
  name        = "app-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault" "good" {
  name        = "prod-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault_lock_configuration" "good" {
  backup_vault_name  = aws_backup_vault.good.name
  min_retention_days = 14
}

resource "aws_backup_vault" "good_literal" {
  name        = "audit-vault"
  kms_key_arn = aws_kms_key.backup.arn
}

resource "aws_backup_vault_lock_configuration" "good_literal" {
  backup_vault_name  = "audit-vault"
  min_retention_days = 14
}
