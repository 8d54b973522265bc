variable "publisher_principal" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_cloudwatch_event_rule" "findings" {
  name          = "findings"
  event_pattern = jsonencode({ source = ["aws.guardduty"] })
}

resource "aws_sns_topic_policy" "bad_wildcard" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePublishes"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe"]
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

resource "aws_sns_topic" "bad_inline_json" {
  name   = "inline"
  policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"SNS:Subscribe\",\"Resource\":\"*\"}]}"
}

resource "aws_sns_topic_policy" "bad_not_principal" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }
      Action       = "SNS:Publish"
      Resource     = aws_sns_topic.alerts.arn
    }]
  })
}

resource "aws_sns_topic_policy" "good_source_arn" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.alerts.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_cloudwatch_event_rule.findings.arn } }
    }]
  })
}

resource "aws_sns_topic_policy" "good_service" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

resource "aws_sns_topic_policy" "unknown_principal" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.publisher_principal }
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}
