resource "aws_wafv2_web_acl" "good" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "good" {
  resource_arn            = aws_wafv2_web_acl.good.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}
