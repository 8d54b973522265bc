resource "aws_iam_group" "operators" {
  name = "operators"
}

resource "aws_iam_group_policy_attachment" "readonly" {
  group      = aws_iam_group.operators.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
