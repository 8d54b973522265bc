resource "aws_backup_vault" "bad_default" {
  name = "default-vault"
}

resource "aws_backup_vault" "unknown_key" {
  name        = "shared-vault"
  kms_key_arn = var.vault_key_arn
}

resource "aws_backup_vault" "good" {
  name        = "prod-vault"
  kms_key_arn = aws_kms_key.backup.arn
}
