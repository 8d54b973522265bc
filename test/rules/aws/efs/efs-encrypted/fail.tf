resource "aws_efs_file_system" "bad_default" {
  creation_token = "shared"
}

resource "aws_efs_file_system" "bad_off" {
  creation_token = "home"
  encrypted      = false
}

resource "aws_efs_file_system" "unknown_flag" {
  creation_token = "exports"
  encrypted      = var.encrypted
}

resource "aws_efs_file_system" "good" {
  creation_token = "data"
  encrypted      = true
}
