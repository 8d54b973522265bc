resource "aws_launch_template" "good_encrypted" {
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 20
      volume_type           = "gp3"
      encrypted             = "true"
      delete_on_termination = "true"
    }
  }

  block_device_mappings {
    device_name = "/dev/sdc"
    no_device   = ""
  }
}

resource "aws_launch_template" "good_no_mappings" {
  name_prefix   = "api-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
}
