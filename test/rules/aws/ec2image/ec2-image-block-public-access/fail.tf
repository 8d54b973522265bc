variable "ami_block_state" {
  type = string
}

resource "aws_ec2_image_block_public_access" "bad_unblocked" {
  state = "unblocked"
}

resource "aws_ec2_image_block_public_access" "unknown_state" {
  state = var.ami_block_state
}
