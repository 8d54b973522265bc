resource "aws_iam_user" "deploy" {
  name = "deploy"
}

resource "aws_iam_access_key" "first" {
  user = aws_iam_user.deploy.name
}

resource "aws_iam_access_key" "bad_second" {
  user = aws_iam_user.deploy.name
}

resource "aws_iam_access_key" "good_retired" {
  user   = aws_iam_user.deploy.name
  status = "Inactive"
}

# Two instances of one block are two keys of the same user.
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "bad_ci" {
  count = 2
  user  = aws_iam_user.ci.name
}

resource "aws_iam_user" "other" {
  name = "other"
}

resource "aws_iam_access_key" "good_other" {
  user = aws_iam_user.other.name
}
