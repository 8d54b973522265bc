resource "aws_cloudwatch_log_group" "bad_default" {
  name              = "/app/web"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "unknown_key" {
  name              = "/app/worker"
  retention_in_days = 365
  kms_key_id        = var.log_key_arn
}

resource "aws_cloudwatch_log_group" "good" {
  name              = "/app/api"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}
