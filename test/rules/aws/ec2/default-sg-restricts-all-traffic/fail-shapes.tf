variable "vpc_id" {
  type = string
}

variable "default_rules" {
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

# A rule written in the attribute form.
resource "aws_default_security_group" "bad_attribute_list" {
  vpc_id = var.vpc_id

  egress = [
    {
      description      = "All outbound"
      from_port        = 0
      to_port          = 0
      protocol         = "-1"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}

# Rules from a variable: cannot be verified.
resource "aws_default_security_group" "unknown_rules" {
  vpc_id  = var.vpc_id
  ingress = var.default_rules
}

# `ingress = []` and `egress = []` remove every rule: what the control asks.
resource "aws_default_security_group" "good_empty_lists" {
  vpc_id  = var.vpc_id
  ingress = []
  egress  = []
}
