variable "waf_log_stream_arn" {
  type = string
}

resource "aws_kinesis_firehose_delivery_stream" "waf" {
  name        = "aws-waf-logs-edge"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-waf"
    bucket_arn = "arn:aws:s3:::waf-logs-111122223333"
  }
}

resource "aws_waf_web_acl" "bad_global" {
  name        = "edge"
  metric_name = "edge"

  default_action {
    type = "ALLOW"
  }
}

resource "aws_wafregional_web_acl" "bad_regional" {
  name        = "api"
  metric_name = "api"

  default_action {
    type = "ALLOW"
  }
}

resource "aws_waf_web_acl" "good_logged" {
  name        = "logged"
  metric_name = "logged"

  default_action {
    type = "ALLOW"
  }

  logging_configuration {
    log_destination = aws_kinesis_firehose_delivery_stream.waf.arn
  }
}

# The stream comes from a variable that may be empty.
resource "aws_wafregional_web_acl" "unknown_destination" {
  name        = "internal"
  metric_name = "internal"

  default_action {
    type = "BLOCK"
  }

  logging_configuration {
    log_destination = var.waf_log_stream_arn
  }
}
