variable "key_arns" {
  type = list(string)
}

resource "aws_iam_policy" "bad_iam" {
  name = "identity-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "All", Effect = "Allow", Action = ["iam:*", "sts:*"], Resource = "*" }]
  })
}

resource "aws_iam_role_policy" "bad_s3" {
  name = "storage"
  role = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "S3:*", Resource = ["*"] }]
  })
}

data "aws_iam_policy_document" "bad_kms" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "unknown_keys" {
  name = "keys"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "kms:*", Resource = var.key_arns }]
  })
}

resource "aws_iam_policy" "good_scoped" {
  name = "reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] },
      { Effect = "Allow", Action = "s3:Get*", Resource = "*" },
      { Effect = "Allow", Action = "cloudwatch:*", Resource = "*" },
    ]
  })
}
