resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail-events"
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_sns_topic_subscription" "alerts_email" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = "security@example.com"
}
