variable "role_arns" {
  type = list(string)
}

resource "aws_iam_policy" "bad_passrole" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Pass", Effect = "Allow", Action = ["iam:PassRole", "ec2:RunInstances"], Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "bad_pattern" {
  statement {
    actions   = ["iam:Pass*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "unknown_resources" {
  name = "ci"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = var.role_arns }]
  })
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "good_scoped" {
  name = "launcher"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = aws_iam_role.app.arn
      Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }
    }]
  })
}
