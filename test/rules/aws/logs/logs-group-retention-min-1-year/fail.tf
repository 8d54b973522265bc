resource "aws_cloudwatch_log_group" "bad_short" {
  name              = "/app/web"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "bad_one_day" {
  name              = "/app/debug"
  retention_in_days = 1
}

resource "aws_cloudwatch_log_group" "unknown_days" {
  name              = "/app/worker"
  retention_in_days = var.log_retention_days
}

resource "aws_cloudwatch_log_group" "good" {
  name              = "/app/api"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "good_forever" {
  name = "/app/audit"
}
