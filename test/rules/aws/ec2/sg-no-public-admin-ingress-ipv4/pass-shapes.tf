variable "vpc_id" {
  type = string
}

# No rules at all, written in the attribute form.
resource "aws_security_group" "good_empty_list" {
  name    = "good-empty-list"
  vpc_id  = var.vpc_id
  ingress = []
}

# /32 and /8 blocks are not the internet, whatever their address.
resource "aws_security_group" "good_narrow" {
  name   = "good-narrow"
  vpc_id = var.vpc_id

  ingress = [
    {
      description      = "SSH from two hosts"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/32", "10.0.0.0/8"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}
