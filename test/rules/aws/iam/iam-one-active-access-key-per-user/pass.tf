resource "aws_iam_user" "deploy" {
  name = "deploy"
}

resource "aws_iam_access_key" "current" {
  user = aws_iam_user.deploy.name
}

resource "aws_iam_access_key" "retired" {
  user   = aws_iam_user.deploy.name
  status = "Inactive"
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
