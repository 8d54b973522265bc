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

resource "aws_cloudwatch_log_metric_filter" "bad_pattern" {
  name           = "cis-4-13"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = \"ReplaceRoute\") || ($.eventName = \"ReplaceRouteTableAssociation\") || ($.eventName = \"DeleteRouteTable\") || ($.eventName = \"DeleteRoute\") || ($.eventName = \"DisassociateRouteTable\") }"

  metric_transformation {
    name      = "Cis4_13"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "alarm" {
  alarm_name          = "cis-4-13"
  metric_name         = "Cis4_13"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
