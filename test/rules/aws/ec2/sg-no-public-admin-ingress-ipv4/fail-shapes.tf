variable "vpc_id" {
  type = string
}

variable "rules" {
  description = "Ingress rules in the attribute form, given by the caller"
  type = list(object({
    from_port        = number
    to_port          = number
    protocol         = string
    cidr_blocks      = list(string)
    ipv6_cidr_blocks = list(string)
    description      = string
    prefix_list_ids  = list(string)
    security_groups  = list(string)
    self             = bool
  }))
}

locals {
  web_rules = [
    {
      description      = "HTTPS"
      from_port        = 443
      to_port          = 443
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
    {
      description      = "SSH"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}

# Rules written as an attribute list ("attributes as blocks").
resource "aws_security_group" "bad_attribute_list" {
  name   = "bad-attribute-list"
  vpc_id = var.vpc_id

  ingress = [
    {
      description      = "RDP"
      from_port        = 3389
      to_port          = 3389
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}

# The same list kept in a local.
resource "aws_security_group" "bad_attribute_list_local" {
  name    = "bad-attribute-list-local"
  vpc_id  = var.vpc_id
  ingress = local.web_rules
}

# A /0 block written with a host address is still every address: AWS reads only the prefix length.
resource "aws_security_group" "bad_host_bits" {
  name   = "bad-host-bits"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.1.2.3/0"]
  }
}

# All protocols with ports -1.
resource "aws_security_group_rule" "bad_all_protocols_minus_one" {
  type              = "ingress"
  from_port         = -1
  to_port           = -1
  protocol          = "all"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-0123456789abcdef0"
}

# The list from a variable: cannot be verified.
resource "aws_security_group" "unknown_attribute_list" {
  name    = "unknown-attribute-list"
  vpc_id  = var.vpc_id
  ingress = var.rules
}

resource "aws_security_group" "good_attribute_list" {
  name   = "good-attribute-list"
  vpc_id = var.vpc_id

  ingress = [
    {
      description      = "SSH from the office"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      cidr_blocks      = ["203.0.113.0/24"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
    {
      description      = "HTTPS from anywhere"
      from_port        = 443
      to_port          = 443
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}
