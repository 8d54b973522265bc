resource "aws_efs_file_system" "unknown_policy_target" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_backup_policy" "external" {
  file_system_id = var.file_system_id

  backup_policy {
    status = "ENABLED"
  }
}
