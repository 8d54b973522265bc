resource "aws_wafv2_web_acl" "unknown_logging" {
  name  = "edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "shared" {
  resource_arn            = var.web_acl_arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}
