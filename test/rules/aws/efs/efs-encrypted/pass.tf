resource "aws_efs_file_system" "good" {
  creation_token = "data"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}
