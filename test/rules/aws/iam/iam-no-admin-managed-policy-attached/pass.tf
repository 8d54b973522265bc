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
