resource "aws_opensearch_domain" "bad_none" {
  domain_name    = "bad-none"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "bad_slow_logs_only" {
  domain_name    = "bad-slow"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_opensearch_domain" "bad_disabled" {
  domain_name    = "bad-disabled"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = false
  }
}

resource "aws_opensearch_domain" "unknown_type" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}
