resource "aws_sns_topic" "good" {
  name              = "billing"
  kms_master_key_id = aws_kms_key.topics.id
}

resource "aws_sns_topic" "good_alias" {
  name              = "internal"
  kms_master_key_id = "alias/topics"
}
