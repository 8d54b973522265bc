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

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "bad_any_partition" {
  role       = "ops"
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "bad_gov_cloud" {
  user       = "deployer"
  policy_arn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachments_exclusive" "bad_exclusive" {
  role_name   = "ops"
  policy_arns = ["arn:aws-cn:iam::aws:policy/ReadOnlyAccess", "arn:aws-cn:iam::aws:policy/AdministratorAccess"]
}

resource "aws_ssoadmin_managed_policy_attachment" "bad_permission_set" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
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
