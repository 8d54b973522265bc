variable "consumer_principal" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "bad_wildcard" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneSends"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
    }]
  })
}

resource "aws_sqs_queue" "bad_inline_heredoc" {
  name   = "inline"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "AWS": "*" },
          "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"],
          "Resource": "*"
        }
      ]
    }
  POLICY
}

resource "aws_sqs_queue_policy" "bad_not_principal" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }
      Action       = "sqs:*"
      Resource     = aws_sqs_queue.orders.arn
    }]
  })
}

data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.orders.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "bad_document" {
  queue_url = aws_sqs_queue.orders.id
  policy    = data.aws_iam_policy_document.open.json
}

resource "aws_sqs_queue_policy" "good_source_arn" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn } }
    }]
  })
}

resource "aws_sqs_queue_policy" "good_service" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.orders.arn
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "sqs:*"
        Resource  = aws_sqs_queue.orders.arn
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

resource "aws_sqs_queue_policy" "unknown_principal" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.consumer_principal }
      Action    = "sqs:ReceiveMessage"
      Resource  = aws_sqs_queue.orders.arn
    }]
  })
}

variable "send_condition" {
  type = any
}

resource "aws_sqs_queue_policy" "unknown_condition" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = var.send_condition
    }]
  })
}
