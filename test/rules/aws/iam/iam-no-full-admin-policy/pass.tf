data "aws_iam_policy_document" "read_data" {
  statement {
    sid       = "ReadData"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
  }

  statement {
    sid       = "DescribeEverything"
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "read_data" {
  name   = "read-data"
  policy = data.aws_iam_policy_document.read_data.json
}

resource "aws_iam_role_policy" "logs" {
  name = "logs"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "arn:aws:logs:*:*:log-group:/app/*"
    }]
  })
}
