resource "aws_cloudwatch_log_group" "bad_default" {
  name = "/app/web"
}

resource "aws_cloudwatch_log_group" "bad_zero" {
  name              = "/app/batch"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "unknown_days" {
  name              = "/app/worker"
  retention_in_days = var.log_retention_days
}

resource "aws_cloudwatch_log_group" "good" {
  name              = "/app/api"
  retention_in_days = 400
}
