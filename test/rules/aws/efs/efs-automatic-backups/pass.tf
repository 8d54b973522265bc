resource "aws_efs_file_system" "good" {
  creation_token = "data"
  encrypted      = true
}

resource "aws_efs_backup_policy" "good" {
  file_system_id = aws_efs_file_system.good.id

  backup_policy {
    status = "ENABLED"
  }
}
