resource "aws_sqs_queue" "good_org_only" {
  name = "shared"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:SendMessage", "sqs:ReceiveMessage"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_sqs_queue" "good_no_policy" {
  name = "private"
}

resource "aws_sqs_queue_policy" "good_account" {
  queue_url = aws_sqs_queue.good_no_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.good_no_policy.arn
    }]
  })
}
