resource "aws_cloudwatch_log_group" "good" {
  name              = "/app/api"
  retention_in_days = 30
}
