resource "aws_ami_launch_permission" "bad_public" {
  image_id = aws_ami_from_instance.golden.id
  group    = "all"
}

resource "aws_ami_launch_permission" "unknown_group" {
  image_id = aws_ami_from_instance.golden.id
  group    = var.share_group
}

resource "aws_ami_launch_permission" "good_account" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "123456789012"
}
