resource "aws_efs_file_system" "bad_no_policy" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system" "bad_disabled" {
  creation_token = "home"
  encrypted      = true
}

resource "aws_efs_backup_policy" "bad_disabled" {
  file_system_id = aws_efs_file_system.bad_disabled.id

  backup_policy {
    status = "DISABLED"
  }
}

resource "aws_efs_file_system" "unknown_status" {
  creation_token = "exports"
  encrypted      = true
}

resource "aws_efs_backup_policy" "unknown_status" {
  file_system_id = aws_efs_file_system.unknown_status.id

  backup_policy {
    status = var.backup_status
  }
}

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
