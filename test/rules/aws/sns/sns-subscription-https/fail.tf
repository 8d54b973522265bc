resource "aws_sns_topic_subscription" "bad_http" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "http"
  endpoint  = "http://hooks.example.com/alerts"
}

resource "aws_sns_topic_subscription" "bad_http_variable_endpoint" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "http"
  endpoint  = var.webhook_url
}

resource "aws_sns_topic_subscription" "unknown_protocol" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = var.protocol
  endpoint  = var.webhook_url
}

resource "aws_sns_topic_subscription" "good" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.com/alerts"
}

resource "aws_sns_topic_subscription" "good_sqs" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.alerts.arn
}
