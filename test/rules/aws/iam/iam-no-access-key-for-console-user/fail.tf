resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "bad_alice" {
  user = aws_iam_user.alice.name
}

# The literal name joins the key to the declared user.
resource "aws_iam_access_key" "bad_alice_by_name" {
  user   = "alice"
  status = "Active"
}

resource "aws_iam_access_key" "good_alice_inactive" {
  user   = aws_iam_user.alice.name
  status = "Inactive"
}

variable "user_name" {
  type = string
}

# The same input names the same user, whatever its value.
resource "aws_iam_user_login_profile" "someone" {
  user = var.user_name
}

resource "aws_iam_access_key" "bad_someone" {
  user = var.user_name
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "good_ci" {
  user = aws_iam_user.ci.name
}

variable "key_status" {
  type = string
}

resource "aws_iam_access_key" "unknown_status" {
  user   = aws_iam_user.alice.name
  status = var.key_status
}
