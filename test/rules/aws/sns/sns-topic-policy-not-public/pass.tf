data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "good_owner_only" {
  name = "owner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:GetTopicAttributes"]
      Resource  = "*"
      Condition = { StringEquals = { "AWS:SourceOwner" = data.aws_caller_identity.current.account_id } }
    }]
  })
}

resource "aws_sns_topic" "good_no_policy" {
  name = "private"
}

resource "aws_sns_topic_policy" "good_account" {
  arn = aws_sns_topic.good_no_policy.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.good_no_policy.arn
    }]
  })
}
