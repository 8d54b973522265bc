resource "aws_iam_policy" "reports" {
  name = "reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] },
      { Effect = "Deny", Action = "iam:*", Resource = "*" },
    ]
  })
}
