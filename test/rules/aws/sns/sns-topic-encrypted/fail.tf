resource "aws_sns_topic" "bad_default" {
  name = "alerts"
}

resource "aws_sns_topic" "bad_empty" {
  name              = "orders"
  kms_master_key_id = ""
}

resource "aws_sns_topic" "unknown_key" {
  name              = "events"
  kms_master_key_id = var.topic_key
}

resource "aws_sns_topic" "good" {
  name              = "billing"
  kms_master_key_id = aws_kms_key.topics.id
}
