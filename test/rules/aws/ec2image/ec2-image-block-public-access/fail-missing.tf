resource "aws_ami_launch_permission" "share" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "123456789012"
}
