variable "extra_policy_arn" {
  type = string
}

resource "aws_iam_group" "operators" {
  name = "operators"
}

resource "aws_iam_group_policy_attachment" "bad_group" {
  group      = aws_iam_group.operators.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy_attachment" "bad_shared" {
  name       = "admin"
  groups     = [aws_iam_group.operators.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "bad_role" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"]
}

resource "aws_iam_group_policy_attachment" "unknown_policy" {
  group      = aws_iam_group.operators.name
  policy_arn = var.extra_policy_arn
}

resource "aws_iam_policy" "shell" {
  name = "admin-no-transfer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "admin:*", Resource = "*" },
      { Effect = "Deny", Action = ["admin:GetFileUploadUrls", "admin:GetFileDownloadUrls"], Resource = "*" },
    ]
  })
}

resource "aws_iam_group_policy_attachment" "good_custom" {
  group      = aws_iam_group.operators.name
  policy_arn = aws_iam_policy.shell.arn
}

resource "aws_iam_group_policy_attachment" "good_readonly" {
  group      = aws_iam_group.operators.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
