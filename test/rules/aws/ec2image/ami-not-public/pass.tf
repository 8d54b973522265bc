resource "aws_ami_launch_permission" "good" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "123456789012"
}

resource "aws_ami_launch_permission" "good_org" {
  image_id         = aws_ami_from_instance.golden.id
  organization_arn = "arn:aws:organizations::123456789012:organization/o-a1b2c3d4e5"
}
