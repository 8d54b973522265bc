resource "aws_kinesis_firehose_delivery_stream" "waf" {
  name        = "aws-waf-logs-api"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-waf"
    bucket_arn = "arn:aws:s3:::waf-logs-111122223333"
  }
}

resource "aws_wafregional_web_acl" "api" {
  name        = "api"
  metric_name = "api"

  default_action {
    type = "ALLOW"
  }

  logging_configuration {
    log_destination = aws_kinesis_firehose_delivery_stream.waf.arn

    redacted_fields {
      field_to_match {
        type = "HEADER"
        data = "authorization"
      }
    }
  }
}
