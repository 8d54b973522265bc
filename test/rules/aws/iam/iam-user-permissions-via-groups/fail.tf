variable "policy_users" {
  type = list(string)
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user_policy" "bad_inline" {
  name = "alice-s3"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

resource "aws_iam_user_policy_attachment" "bad_attachment" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "bad_users" {
  name       = "readonly"
  users      = [aws_iam_user.alice.name]
  groups     = [aws_iam_group.developers.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "unknown_users" {
  name       = "billing"
  users      = var.policy_users
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}

resource "aws_iam_policy_attachment" "good_groups" {
  name       = "viewer"
  groups     = [aws_iam_group.developers.name]
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}

resource "aws_iam_group_policy_attachment" "good_group" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
