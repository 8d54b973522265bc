resource "aws_iam_group" "operators" {
  name = "operators"
}

resource "aws_iam_group_policy_attachment" "readonly" {
  group      = aws_iam_group.operators.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# A different AWS-managed policy whose name starts the same way.
resource "aws_iam_role_policy_attachment" "good_amplify" {
  role       = "amplify-backend"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess-Amplify"
}

resource "aws_ssoadmin_managed_policy_attachment" "good_view_only" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  managed_policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}

# Everything but IAM, Organizations and Account: broad, but not the "*:*" grant CIS 1.15 is about.
resource "aws_iam_group_policy_attachments_exclusive" "good_power_user" {
  group_name  = aws_iam_group.operators.name
  policy_arns = ["arn:aws-us-gov:iam::aws:policy/PowerUserAccess"]
}
