resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail-events:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail-events"
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_sns_topic_subscription" "alerts_email" {
  topic_arn = "arn:aws:sns:us-east-1:111122223333:security-alerts"
  protocol  = "email"
  endpoint  = "security@example.com"
}

resource "aws_cloudwatch_log_metric_filter" "good" {
  name           = "cis-4-4"
  log_group_name = "cloudtrail-events"
  pattern        = "{ ($.eventName = DetachGroupPolicy || $.eventName = AttachGroupPolicy || $.eventName = DetachUserPolicy || $.eventName = AttachUserPolicy || $.eventName = DetachRolePolicy || $.eventName = AttachRolePolicy || $.eventName = DeletePolicyVersion || $.eventName = CreatePolicyVersion || $.eventName = DeletePolicy || $.eventName = CreatePolicy || $.eventName = PutUserPolicy || $.eventName = PutRolePolicy || $.eventName = PutGroupPolicy || $.eventName = DeleteUserPolicy || $.eventName = DeleteRolePolicy || $.eventName = DeleteGroupPolicy) && ($.eventSource = iam.amazonaws.com) }"

  metric_transformation {
    name      = "Cis4_4"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "good" {
  alarm_name          = "cis-4-4"
  metric_name         = "Cis4_4"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:us-east-1:111122223333:security-alerts"]
}
