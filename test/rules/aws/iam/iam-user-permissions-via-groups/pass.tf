resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_group_policy_attachment" "readonly" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "viewer" {
  name       = "viewer"
  groups     = [aws_iam_group.developers.name]
  roles      = []
  users      = []
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}
