resource "aws_sns_topic_subscription" "good" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.com/alerts"
}
